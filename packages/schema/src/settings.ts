import { z } from 'zod';
import { DOCUMENT_TEMPLATES, LOCALES } from './values.ts';

/** Logos go into every PDF and XLSX, so only formats both render (PNG, JPEG), and at most ~100 KB. */
export const LOGO_MAX_CHARS = 140_000;
const logo = z
  .string()
  .max(LOGO_MAX_CHARS, 'A logo of at most 100 KB')
  .regex(/^data:image\/(png;base64,iVBORw0KGgo|jpeg;base64,\/9j\/)[A-Za-z0-9+/]*={0,2}$/, 'A PNG or JPEG data URL');
const numberFormat = z
  .string()
  .trim()
  .max(40)
  .regex(/\{N(:\d)?\}/, 'Must contain {N} (or {N:5} for a padded number)');
const requisite = (max: number) => z.string().trim().max(max);

/** Company-wide settings an admin edits; everyone reads them (formats, defaults). */
export const settings = z.object({
  companyName: z.string(),
  defaultPhoneRegion: z.string().length(2),
  defaultCurrency: z.string().length(3),
  defaultLocale: z.enum(LOCALES),
  /** `{YYYY}` the year, `{N:5}` the sequence padded to 5 digits; the sequence restarts each year when the format has {YYYY}. */
  orderNumberFormat: z.string(),
  quoteNumberFormat: z.string(),
  invoiceNumberFormat: z.string(),
  /** Requisites printed on quotes and invoices. */
  legalName: z.string(),
  companyAddress: z.string(),
  /** EDRPOU / tax number / Partita IVA: whichever the company's country uses. */
  taxId: z.string(),
  iban: z.string(),
  bankName: z.string(),
  companyPhone: z.string(),
  companyEmail: z.string(),
  /** A PNG or JPEG data URL. */
  companyLogo: z.string().nullable(),
  documentTemplate: z.enum(DOCUMENT_TEMPLATES),
  documentFooter: z.string(),
});
export type Settings = z.infer<typeof settings>;
export const DEFAULT_SETTINGS: Settings = {
  companyName: 'My company',
  defaultPhoneRegion: 'UA',
  defaultCurrency: 'UAH',
  defaultLocale: 'uk',
  orderNumberFormat: 'SO-{YYYY}-{N:5}',
  quoteNumberFormat: 'QT-{YYYY}-{N:4}',
  invoiceNumberFormat: 'INV-{YYYY}-{N:4}',
  legalName: '',
  companyAddress: '',
  taxId: '',
  iban: '',
  bankName: '',
  companyPhone: '',
  companyEmail: '',
  companyLogo: null,
  documentTemplate: 'classic',
  documentFooter: '',
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
  orderNumberFormat: numberFormat.optional(),
  quoteNumberFormat: numberFormat.optional(),
  invoiceNumberFormat: numberFormat.optional(),
  legalName: requisite(200).optional(),
  companyAddress: requisite(500).optional(),
  taxId: requisite(40).optional(),
  iban: requisite(40).optional(),
  bankName: requisite(200).optional(),
  companyPhone: requisite(40).optional(),
  companyEmail: requisite(254).optional(),
  companyLogo: logo.nullable().optional(),
  documentTemplate: z.enum(DOCUMENT_TEMPLATES).optional(),
  documentFooter: requisite(1000).optional(),
});
