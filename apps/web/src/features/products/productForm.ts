import type { Product } from '@spilno/schema';
import type { ProductCreate, ProductUpdate } from './products.api.ts';

export type ProductFormValues = {
  sku: string;
  name: string;
  price: string;
  costPrice: string;
  currency: string;
  unit: string;
  vatRate: string;
  active: boolean;
};
export const PRODUCT_FIELDS = ['sku', 'name', 'price', 'costPrice', 'currency', 'unit', 'vatRate', 'active'] as const;

export function productFormValues(p: Product | undefined, currency: string): ProductFormValues {
  return {
    sku: p?.sku ?? '',
    name: p?.name ?? '',
    price: p?.price ?? '',
    costPrice: p?.costPrice ?? '0',
    currency: p?.currency ?? currency,
    unit: p?.unit ?? 'pcs',
    vatRate: p?.vatRate ?? '0',
    active: p?.active ?? true,
  };
}

const trimmed = (v: ProductFormValues) => ({
  ...v,
  ...Object.fromEntries(PRODUCT_FIELDS.filter((k) => k !== 'active').map((k) => [k, String(v[k]).trim()])),
});

export function createBody(v: ProductFormValues): ProductCreate {
  return trimmed(v) as ProductCreate;
}

/** Only what changed. */
export function updatePatch(v: ProductFormValues, p: Product): ProductUpdate {
  const next = trimmed(v);
  return Object.fromEntries(PRODUCT_FIELDS.filter((k) => next[k] !== p[k]).map((k) => [k, next[k]])) as ProductUpdate;
}
