import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';
import { currency, money, moneyInput, percentInput } from './money.ts';

export const product = z.object({
  id,
  sku: z.string(),
  name: z.string(),
  price: money,
  costPrice: money,
  currency: z.string(),
  unit: z.string(),
  vatRate: z.string(),
  active: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Product = z.infer<typeof product>;

const fields = {
  sku: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(200),
  price: moneyInput,
  costPrice: moneyInput,
  currency,
  unit: z.string().trim().min(1).max(20),
  vatRate: percentInput,
  active: z.boolean(),
};
export const productCreate = z.strictObject({
  ...fields,
  costPrice: fields.costPrice.default('0'),
  currency: fields.currency.optional(),
  unit: fields.unit.default('pcs'),
  vatRate: fields.vatRate.default('0'),
  active: fields.active.default(true),
});
export const productUpdate = z.strictObject(fields).partial();
export const PRODUCT_SORTS = ['name', '-name', 'sku', '-sku', 'createdAt', '-createdAt'] as const;
export const productListQuery = listQuery.extend({
  active: z.enum(['true', 'false']).optional(),
  sort: z.enum(PRODUCT_SORTS).default('name'),
});

/** What a CSV import did: every row either created a product or updated the one with its SKU. */
export const productImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  total: z.number().int(),
});
export type ProductImportResult = z.infer<typeof productImportResult>;
