import { z } from 'zod';

export const channelLabel = z.string().trim().max(40).default('other');

/** Phones are sent in any format the user types; the server answers with E.164 values. */
export const phoneInput = z.strictObject({ value: z.string().trim().min(3).max(40), label: channelLabel });
export const emailInput = z.strictObject({
  value: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase()),
  label: channelLabel,
});
export const channel = z.object({ value: z.string(), label: z.string() });
export type Channel = z.infer<typeof channel>;

export const address = z.strictObject({
  street: z.string().trim().max(200).optional(),
  city: z.string().trim().max(100).optional(),
  region: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20).optional(),
  country: z.string().trim().max(100).optional(),
});
export type Address = z.infer<typeof address>;

export const tag = z.string().trim().toLowerCase().min(1).max(50);
export const tags = z.array(tag).max(50);

/** Admin-defined extra fields; values are checked against their definition on the server. */
export const customFieldValues = z.record(z.string().max(60), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]));
