import { z } from 'zod';
import { id, isoDateTime } from './common.ts';
import { LEAD_SOURCES } from './values.ts';

export const ASSIGN_MODES = ['round_robin', 'user'] as const;

/** A form on the company's website that creates leads; only the listed origins may post to it. */
export const webForm = z.object({
  id,
  name: z.string(),
  active: z.boolean(),
  allowedOrigins: z.array(z.string()),
  assignMode: z.enum(ASSIGN_MODES),
  /** `user`: everyone goes to the first; `round_robin`: they take turns. */
  assigneeIds: z.array(id),
  source: z.enum(LEAD_SOURCES),
  successMessage: z.string(),
  redirectUrl: z.string().nullable(),
  /** Leads this form has created so far (deleted leads included). */
  leadsCreated: z.number().int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type WebForm = z.infer<typeof webForm>;

const origin = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^/\s]+$/, 'An origin such as https://shop.example.com (no path)')
  .transform((o) => o.toLowerCase());

const fields = {
  name: z.string().trim().min(1).max(100),
  active: z.boolean(),
  allowedOrigins: z.array(origin).max(20),
  assignMode: z.enum(ASSIGN_MODES),
  assigneeIds: z.array(id).min(1).max(50),
  source: z.enum(LEAD_SOURCES),
  successMessage: z.string().trim().min(1).max(500),
  redirectUrl: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .nullable(),
};
export const webFormCreate = z.strictObject({
  ...fields,
  active: fields.active.default(true),
  allowedOrigins: fields.allowedOrigins.default([]),
  assignMode: fields.assignMode.default('round_robin'),
  source: fields.source.default('website'),
  successMessage: fields.successMessage.default('Thank you! We will get back to you soon.'),
  redirectUrl: fields.redirectUrl.default(null),
});
export const webFormUpdate = z.strictObject(fields).partial();

/** What a visitor sends; `website` is the honeypot a person never sees and a bot fills in. */
export const webFormSubmission = z.object({
  name: z.string().trim().min(1).max(200),
  phone: z.string().trim().max(40).optional(),
  email: z.union([z.literal(''), z.email().max(254)]).optional(),
  company: z.string().trim().max(200).optional(),
  message: z.string().trim().max(5000).optional(),
  website: z.string().max(500).optional(),
});

export const webFormSnippet = z.object({ script: z.string(), html: z.string(), endpoint: z.string() });
