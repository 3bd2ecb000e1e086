import { z } from 'zod';
import { address, channel, customFieldValues, emailInput, phoneInput, tag, tags } from './channels.ts';
import { id, isoDateTime, listQuery } from './common.ts';
import { CONTACT_SORTS, CUSTOM_FILTER, LOCALES, PREFERRED_CHANNELS } from './values.ts';

export const preferences = z.strictObject({
  notes: z.string().trim().max(2000).optional(),
  channel: z.enum(PREFERRED_CHANNELS).optional(),
  language: z.enum(LOCALES).optional(),
});

const birthday = z.iso.date();

export const contact = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  phones: z.array(channel),
  emails: z.array(channel),
  companyId: id.nullable(),
  companyName: z.string().nullable(),
  position: z.string().nullable(),
  address: address.nullable(),
  birthday: z.string().nullable(),
  source: z.string().nullable(),
  preferences: preferences,
  tags: z.array(z.string()),
  emailConsent: z.boolean(),
  emailConsentAt: isoDateTime.nullable(),
  smsConsent: z.boolean(),
  smsConsentAt: isoDateTime.nullable(),
  ownerId: id.nullable(),
  customFields: z.record(z.string(), z.unknown()),
  avatarUrl: z.string().nullable(),
  lastContactedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Contact = z.infer<typeof contact>;

const contactFields = {
  firstName: z.string().trim().max(100),
  lastName: z.string().trim().max(100),
  phones: z.array(phoneInput).max(20),
  emails: z.array(emailInput).max(20),
  companyId: id.nullable(),
  position: z.string().trim().max(150).nullable(),
  address: address.nullable(),
  birthday: birthday.nullable(),
  source: z.string().trim().max(60).nullable(),
  preferences,
  tags,
  emailConsent: z.boolean(),
  smsConsent: z.boolean(),
  ownerId: id.nullable(),
  customFields: customFieldValues,
  // A link to a photo elsewhere, or the address of an uploaded one (so a contact read and sent back as is stays valid).
  avatarUrl: z
    .union([
      z.url({ protocol: /^https?$/ }).max(1000),
      z.string().regex(/^\/api\/v1\/contacts\/[0-9a-f-]{36}\/avatar\?v=[0-9a-f]{32}$/),
    ])
    .nullable(),
};

const hasName = (c: { firstName?: string; lastName?: string }) => Boolean(c.firstName?.trim() || c.lastName?.trim());

export const contactCreate = z
  .strictObject({
    ...contactFields,
    firstName: contactFields.firstName.default(''),
    lastName: contactFields.lastName.default(''),
    phones: contactFields.phones.default([]),
    emails: contactFields.emails.default([]),
    companyId: contactFields.companyId.optional(),
    position: contactFields.position.optional(),
    address: contactFields.address.optional(),
    birthday: contactFields.birthday.optional(),
    source: contactFields.source.optional(),
    preferences: contactFields.preferences.default({}),
    tags: contactFields.tags.default([]),
    emailConsent: contactFields.emailConsent.default(false),
    smsConsent: contactFields.smsConsent.default(false),
    ownerId: contactFields.ownerId.optional(),
    customFields: contactFields.customFields.default({}),
    avatarUrl: contactFields.avatarUrl.optional(),
  })
  .refine(hasName, { message: 'A contact needs a first or a last name', path: ['firstName'] });
export type ContactCreate = z.input<typeof contactCreate>;
export type ContactInput = z.output<typeof contactCreate>;

export const contactUpdate = z.strictObject(contactFields).partial();
export type ContactUpdate = z.input<typeof contactUpdate>;

const customFilter = z.string().max(200).regex(CUSTOM_FILTER, 'Use key:value, key!:value, key~text, key>=from or key<=to');

/** The filters of the contact list; bulk actions, exports and saved views reuse them. */
export const contactFilter = z.strictObject({
  q: z.string().trim().max(200).optional(),
  ownerId: id.optional(),
  tag: tag.optional(),
  companyId: id.optional(),
  createdFrom: isoDateTime.optional(),
  createdTo: isoDateTime.optional(),
  lastContactedFrom: isoDateTime.optional(),
  lastContactedTo: isoDateTime.optional(),
  /** Custom-field filters (see `parseCustomFilter`), e.g. `loyalty:gold`; repeat for several. */
  custom: z.union([customFilter, z.array(customFilter).max(10)]).optional(),
});
export type ContactFilter = z.infer<typeof contactFilter>;

export const contactListQuery = listQuery.extend(contactFilter.shape).extend({ sort: z.enum(CONTACT_SORTS).default('name') });
export type ContactListQuery = z.infer<typeof contactListQuery>;

/** `v` is the image's hash: a new image gets a new address, so an address may be cached for good. */
export const avatarQuery = z.strictObject({ v: z.string().max(64).optional() });

export const BULK_ACTIONS = ['tag', 'untag', 'assign', 'delete'] as const;
export const contactBulk = z
  .strictObject({
    action: z.enum(BULK_ACTIONS),
    /** Either a selection… */
    ids: z.array(id).min(1).max(10_000).optional(),
    /** …or everything matching a filter. */
    filter: contactFilter.optional(),
    tag: tag.optional(),
    ownerId: id.nullable().optional(),
    /** Deleting must be confirmed explicitly. */
    confirm: z.boolean().optional(),
  })
  .refine((b) => Boolean(b.ids) !== Boolean(b.filter), { message: 'Give either ids or a filter', path: ['ids'] })
  .refine((b) => !['tag', 'untag'].includes(b.action) || b.tag, { message: 'Which tag?', path: ['tag'] })
  .refine((b) => b.action !== 'assign' || b.ownerId !== undefined, { message: 'Assign to whom?', path: ['ownerId'] })
  .refine((b) => b.action !== 'delete' || b.confirm === true, { message: 'Confirm the deletion', path: ['confirm'] });
export type ContactBulk = z.infer<typeof contactBulk>;
export const bulkResult = z.object({ affected: z.number().int() });

export const contactMerge = z.strictObject({ primaryId: id, duplicateIds: z.array(id).min(1).max(20) });

export const DUPLICATE_REASONS = ['phone', 'email', 'name'] as const;
export const duplicateGroup = z.object({
  reason: z.enum(DUPLICATE_REASONS),
  value: z.string(),
  contacts: z.array(contact),
});
export type DuplicateGroup = z.infer<typeof duplicateGroup>;
