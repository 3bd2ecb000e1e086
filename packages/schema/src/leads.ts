import { z } from 'zod';
import { emailInput } from './channels.ts';
import { id, isoDateTime, listQuery } from './common.ts';
import { LEAD_COLUMNS, LEAD_RATINGS, LEAD_SOURCES, LEAD_STATUSES } from './values.ts';

export const lead = z.object({
  id,
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  companyName: z.string().nullable(),
  interest: z.string().nullable(),
  source: z.enum(LEAD_SOURCES).nullable(),
  rating: z.enum(LEAD_RATINGS).nullable(),
  status: z.enum(LEAD_STATUSES),
  ownerId: id.nullable(),
  nextActionAt: isoDateTime.nullable(),
  overdue: z.boolean(),
  notes: z.string().nullable(),
  contactId: id.nullable(),
  companyId: id.nullable(),
  dealId: id.nullable(),
  convertedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Lead = z.infer<typeof lead>;

const fields = {
  name: z.string().trim().min(1).max(200),
  phone: z.string().trim().max(40).nullable(),
  email: emailInput.shape.value.nullable(),
  companyName: z.string().trim().max(200).nullable(),
  interest: z.string().trim().max(500).nullable(),
  source: z.enum(LEAD_SOURCES).nullable(),
  rating: z.enum(LEAD_RATINGS).nullable(),
  status: z.enum(LEAD_STATUSES.filter((s) => s !== 'converted') as ['new', 'in_progress', 'recycled', 'dead']),
  ownerId: id.nullable(),
  nextActionAt: isoDateTime.nullable(),
  notes: z.string().max(5000).nullable(),
};
export const leadCreate = z.strictObject({
  ...fields,
  phone: fields.phone.optional(),
  email: fields.email.optional(),
  companyName: fields.companyName.optional(),
  interest: fields.interest.optional(),
  source: fields.source.optional(),
  rating: fields.rating.optional(),
  status: fields.status.default('new'),
  ownerId: fields.ownerId.optional(),
  nextActionAt: fields.nextActionAt.optional(),
  notes: fields.notes.optional(),
});
export type LeadCreate = z.input<typeof leadCreate>;
export const leadUpdate = z.strictObject(fields).partial();

export const LEAD_SORTS = ['nextActionAt', '-nextActionAt', 'createdAt', '-createdAt', 'name', '-name'] as const;
export const leadFilter = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: z.enum(LEAD_STATUSES).optional(),
  column: z.enum(LEAD_COLUMNS).optional(),
  ownerId: id.optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  rating: z.enum(LEAD_RATINGS).optional(),
});
export const leadBoardQuery = leadFilter.omit({ status: true, column: true }).extend({
  perColumn: z.coerce.number().int().min(1).max(100).default(20),
});
export const leadListQuery = listQuery.extend(leadFilter.shape).extend({ sort: z.enum(LEAD_SORTS).default('nextActionAt') });

export const leadConvert = z.strictObject({
  createDeal: z.boolean().default(false),
  dealName: z.string().trim().min(1).max(200).optional(),
  pipelineId: id.optional(),
});
export const leadConversion = z.object({
  contactId: id,
  companyId: id.nullable(),
  dealId: id.optional(),
  orderId: id.optional(),
});
