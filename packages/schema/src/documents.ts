import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';
import { money } from './money.ts';
import { DOCUMENT_TEMPLATES, LOCALES } from './values.ts';

export const DOCUMENT_KINDS = ['quote', 'invoice'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_FORMATS = ['pdf', 'xlsx'] as const;

/** The company's requisites as printed on the document. */
export const documentSeller = z.object({
  name: z.string(),
  legalName: z.string(),
  address: z.string(),
  taxId: z.string(),
  iban: z.string(),
  bank: z.string(),
  phone: z.string(),
  email: z.string(),
});
export const documentCustomer = z.object({
  name: z.string(),
  companyName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export const documentLine = z.object({
  name: z.string(),
  sku: z.string().nullable(),
  quantity: z.string(),
  price: money,
  discount: z.string(),
  vatRate: z.string(),
  net: money,
  vat: money,
  total: money,
});

/**
 * Everything printed on a document, frozen when it is issued: the files are rendered from this,
 * so a later edit of the order, the customer or the settings never changes an issued document.
 */
export const documentData = z.object({
  language: z.enum(LOCALES),
  template: z.enum(DOCUMENT_TEMPLATES),
  seller: documentSeller,
  customer: documentCustomer,
  currency: z.string(),
  lines: z.array(documentLine),
  subtotal: money,
  vat: money,
  total: money,
  footer: z.string(),
  /** What it was generated from, for the reader ("Order SO-2026-00012", a deal's name). */
  source: z.string(),
});
export type DocumentData = z.infer<typeof documentData>;

export const document = z.object({
  id,
  kind: z.enum(DOCUMENT_KINDS),
  number: z.string(),
  dealId: id.nullable(),
  orderId: id.nullable(),
  contactId: id.nullable(),
  companyId: id.nullable(),
  currency: z.string(),
  total: money,
  language: z.enum(LOCALES),
  issuedAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
  sentTo: z.string().nullable(),
  ownerId: id.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Only on a single document; lists leave it out. */
  data: documentData.optional(),
});
export type Document = z.infer<typeof document>;

export const documentCreate = z
  .strictObject({ kind: z.enum(DOCUMENT_KINDS), dealId: id.optional(), orderId: id.optional() })
  .refine((d) => Boolean(d.dealId) !== Boolean(d.orderId), {
    message: 'Give exactly one of dealId and orderId',
    path: ['dealId'],
  });

export const documentListQuery = listQuery.extend({
  kind: z.enum(DOCUMENT_KINDS).optional(),
  dealId: id.optional(),
  orderId: id.optional(),
  contactId: id.optional(),
  companyId: id.optional(),
});
export const documentFileQuery = z.strictObject({ format: z.enum(DOCUMENT_FORMATS).default('pdf') });
export const documentSend = z.strictObject({
  /** Defaults to the customer's email printed on the document. */
  to: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase())
    .optional(),
  message: z.string().trim().max(5000).optional(),
});
