import { AppError } from '../../http/errors.ts';
import { normalizeHeader } from '../imports/headers.ts';

export const IMPORT_FIELDS = ['sku', 'name', 'price', 'costPrice', 'currency', 'unit', 'vatRate'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Header words of price lists exported from shops and accounting software, in en/uk/ru/it. */
const HEADERS: [RegExp, ImportField][] = [
  [/^(sku|article|art|code|product code|item code|артикул|код|код товару|код товара|articolo|codice|cod art)$/, 'sku'],
  [
    /^(name|product|product name|item|title|назва|назва товару|найменування|товар|название|наименование|nome|prodotto|nome prodotto)$/,
    'name',
  ],
  [
    /^(price|sale price|retail price|unit price|ціна|ціна продажу|цена|цена продажи|prezzo|prezzo di vendita|prezzo unitario)$/,
    'price',
  ],
  [
    /^(cost|cost price|purchase price|собівартість|закупівельна ціна|себестоимость|закупочная цена|costo|prezzo di acquisto|prezzo d'acquisto)$/,
    'costPrice',
  ],
  [/^(currency|curr|валюта|valuta)$/, 'currency'],
  [
    /^(unit|uom|unit of measure|од|одиниця|од вим|одиниця виміру|ед|ед изм|единица|единица измерения|unità|unita|um|u m|unità di misura)$/,
    'unit',
  ],
  [/^(vat|vat rate|tax|tax rate|пдв|ставка пдв|ндс|ставка ндс|iva|aliquota iva|aliquota)$/, 'vatRate'],
];

/** Which column holds each field; the first matching column wins. SKU and name must be there to upsert at all. */
export function mapColumns(columns: string[]): Partial<Record<ImportField, number>> {
  const map: Partial<Record<ImportField, number>> = {};
  columns.forEach((column, i) => {
    const header = normalizeHeader(column);
    const field = HEADERS.find(([re]) => re.test(header))?.[1];
    if (field && map[field] === undefined) map[field] = i;
  });
  const missing = (['sku', 'name'] as const).filter((f) => map[f] === undefined);
  if (missing.length > 0) {
    const message = `The file needs a column for: ${missing.join(', ')}.`;
    throw new AppError('invalid', message, [{ path: 'file', message }]);
  }
  return map;
}

/** "1 234,50", "1.234,50", "1,234.50" and "20%" as the plain decimals the product schema takes. */
export function plainNumber(cell: string): string {
  const s = cell.replace(/[\s\u00a0'%]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const [thousands, decimal] = lastComma > lastDot ? [/\./g, ','] : [/,/g, '.'];
    return s.replace(thousands, '').replace(decimal, '.');
  }
  return s.replace(',', '.');
}
