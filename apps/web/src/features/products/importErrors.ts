import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api.ts';

const FIELDS = ['sku', 'name', 'price', 'costPrice', 'currency', 'unit', 'vatRate'] as const;
const isField = (f: string): f is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(f);

/**
 * The server names a bad cell `rows.N.field`, N counting data rows from 0; people look for it by
 * its spreadsheet row, where the header is row 1.
 */
export function importErrorLines(error: unknown, t: TFunction): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? []).map(({ path, message }) => {
    const [, index, field = ''] = /^rows\.(\d+)\.(\w+)$/.exec(path) ?? [];
    if (index === undefined) return message;
    const label = isField(field) ? t(`products.fields.${field}`) : field;
    return t('products.import.cellError', { row: Number(index) + 2, field: label, message });
  });
}
