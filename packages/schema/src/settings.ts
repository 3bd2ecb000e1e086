import { z } from 'zod';
import { LOCALES } from './users.ts';

/** Company-wide settings an admin edits; everyone reads them (formats, defaults). */
export const settings = z.object({
  companyName: z.string(),
  defaultPhoneRegion: z.string().length(2),
  defaultCurrency: z.string().length(3),
  defaultLocale: z.enum(LOCALES),
  /** `{YYYY}` the year, `{N:5}` the sequence padded to 5 digits; the sequence restarts each year when the format has {YYYY}. */
  orderNumberFormat: z.string(),
});
export type Settings = z.infer<typeof settings>;
export const DEFAULT_SETTINGS: Settings = {
  companyName: 'My company',
  defaultPhoneRegion: 'UA',
  defaultCurrency: 'UAH',
  defaultLocale: 'uk',
  orderNumberFormat: 'SO-{YYYY}-{N:5}',
};

export const settingsUpdate = z.strictObject({
  companyName: z.string().trim().min(1).max(200).optional(),
  defaultPhoneRegion: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((r) => r.toUpperCase())
    .optional(),
  defaultCurrency: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((c) => c.toUpperCase())
    .optional(),
  defaultLocale: z.enum(LOCALES).optional(),
  orderNumberFormat: z
    .string()
    .trim()
    .max(40)
    .regex(/\{N(:\d)?\}/, 'Must contain {N} (or {N:5} for a padded number)')
    .optional(),
});
