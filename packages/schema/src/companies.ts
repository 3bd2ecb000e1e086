import { z } from 'zod';
import { address, channel, customFieldValues, emailInput, phoneInput, tags } from './channels.ts';
import { id, isoDateTime, listQuery } from './common.ts';
import { COMPANY_TYPES, INDUSTRIES } from './values.ts';

export const company = z.object({
  id,
  name: z.string(),
  type: z.enum(COMPANY_TYPES).nullable(),
  industry: z.enum(INDUSTRIES).nullable(),
  website: z.string().nullable(),
  phones: z.array(channel),
  emails: z.array(channel),
  address: address.nullable(),
  tags: z.array(z.string()),
  ownerId: id.nullable(),
  customFields: z.record(z.string(), z.unknown()),
  contactCount: z.number().int().optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Company = z.infer<typeof company>;

const companyFields = {
  name: z.string().trim().min(1).max(200),
  type: z.enum(COMPANY_TYPES).nullable(),
  industry: z.enum(INDUSTRIES).nullable(),
  website: z.string().trim().max(300).nullable(),
  phones: z.array(phoneInput).max(20),
  emails: z.array(emailInput).max(20),
  address: address.nullable(),
  tags,
  ownerId: id.nullable(),
  customFields: customFieldValues,
};

export const companyCreate = z.strictObject({
  ...companyFields,
  type: companyFields.type.optional(),
  industry: companyFields.industry.optional(),
  website: companyFields.website.optional(),
  phones: companyFields.phones.default([]),
  emails: companyFields.emails.default([]),
  address: companyFields.address.optional(),
  tags: companyFields.tags.default([]),
  ownerId: companyFields.ownerId.optional(),
  customFields: companyFields.customFields.default({}),
});
export type CompanyCreate = z.input<typeof companyCreate>;
export const companyUpdate = z.strictObject(companyFields).partial();
export type CompanyUpdate = z.input<typeof companyUpdate>;

export const COMPANY_SORTS = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'] as const;
export const companyListQuery = listQuery.extend({
  ownerId: id.optional(),
  type: z.enum(COMPANY_TYPES).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  tag: z.string().max(50).optional(),
  sort: z.enum(COMPANY_SORTS).default('name'),
});
