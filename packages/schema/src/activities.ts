import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';
import { CALL_OUTCOMES, LOGGABLE_ACTIVITY_TYPES } from './values.ts';

export const ACTIVITY_TYPES = ['note', 'call', 'email', 'meeting', 'sms', 'system'] as const;
export const DIRECTIONS = ['inbound', 'outbound'] as const;
/** Types that count as reaching the customer (they move lastContactedAt). */
export const CONTACTING_TYPES = ['call', 'email', 'meeting', 'sms'] as const;

export const activity = z.object({
  id,
  type: z.enum(ACTIVITY_TYPES),
  contactId: id.nullable(),
  companyId: id.nullable(),
  dealId: id.nullable(),
  subject: z.string().nullable(),
  body: z.string(),
  direction: z.enum(DIRECTIONS).nullable(),
  durationSec: z.number().int().nullable(),
  outcome: z.string().nullable(),
  occurredAt: isoDateTime,
  authorId: id.nullable(),
  authorName: z.string().nullable(),
  pinned: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Activity = z.infer<typeof activity>;

export const activityCreate = z
  .strictObject({
    type: z.enum(LOGGABLE_ACTIVITY_TYPES),
    contactId: id.optional(),
    companyId: id.optional(),
    dealId: id.optional(),
    subject: z.string().trim().max(200).optional(),
    body: z.string().max(20_000).default(''),
    direction: z.enum(DIRECTIONS).optional(),
    durationSec: z.number().int().min(0).max(86_400).optional(),
    outcome: z.enum(CALL_OUTCOMES).optional(),
    occurredAt: isoDateTime.optional(),
    pinned: z.boolean().default(false),
  })
  .refine((a) => a.contactId || a.companyId || a.dealId, {
    message: 'Link the activity to a contact, a company or a deal',
    path: ['contactId'],
  })
  .refine((a) => a.type === 'call' || (a.durationSec === undefined && a.outcome === undefined), {
    message: 'Only calls have a duration and an outcome',
    path: ['type'],
  })
  .refine((a) => a.type !== 'note' || a.body.trim().length > 0, { message: 'A note needs text', path: ['body'] });
export type ActivityCreate = z.input<typeof activityCreate>;

export const activityUpdate = z.strictObject({
  subject: z.string().trim().max(200).nullable().optional(),
  body: z.string().max(20_000).optional(),
  outcome: z.enum(CALL_OUTCOMES).nullable().optional(),
  durationSec: z.number().int().min(0).max(86_400).nullable().optional(),
  occurredAt: isoDateTime.optional(),
  pinned: z.boolean().optional(),
});

export const activityListQuery = listQuery
  .omit({ q: true })
  .extend({
    contactId: id.optional(),
    companyId: id.optional(),
    dealId: id.optional(),
    type: z.enum(ACTIVITY_TYPES).optional(),
  })
  .refine((q) => q.contactId || q.companyId || q.dealId, {
    message: 'Give contactId, companyId or dealId',
    path: ['contactId'],
  });
