import type { Deal } from '@spilno/schema';
import type { DealUpdate } from './deals.api.ts';

/** A line being edited; `key` keeps React's rows apart while lines are added and removed. */
export type LineRow = {
  key: string;
  productId: string | null;
  name: string;
  quantity: string;
  price: string;
  discount: string;
};

let next = 0;
const newKey = () => `line-${++next}`;

export function rowsOf(deal: Deal): LineRow[] {
  return (deal.items ?? []).map((i) => ({
    key: newKey(),
    productId: i.productId,
    name: i.name,
    quantity: i.quantity,
    price: i.price,
    discount: i.discount,
  }));
}

export const emptyRow = (): LineRow => ({ key: newKey(), productId: null, name: '', quantity: '1', price: '', discount: '0' });

/** The lines as the API takes them; name and price are sent as shown, so the deal keeps them. */
export function itemsInput(rows: LineRow[]): NonNullable<DealUpdate['items']> {
  return rows.map((r) => ({
    ...(r.productId && { productId: r.productId }),
    name: r.name.trim(),
    quantity: r.quantity.trim() || '1',
    price: r.price.trim() || '0',
    discount: r.discount.trim() || '0',
  }));
}

export function sameRows(a: LineRow[], b: LineRow[]): boolean {
  const strip = (rows: LineRow[]) => JSON.stringify(rows.map(({ key: _, ...r }) => r));
  return strip(a) === strip(b);
}
