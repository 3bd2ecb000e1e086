import type { Order, Product } from '@spilno/schema';
import type { OrderUpdate } from './orders.api.ts';

/** A line being edited; `key` keeps React's rows apart while lines are added and removed. */
export type LineRow = {
  key: string;
  productId: string | null;
  name: string;
  quantity: string;
  price: string;
  discount: string;
  vatRate: string;
};

let next = 0;
const newKey = () => `order-line-${++next}`;

export const rowsOf = (order: Order): LineRow[] =>
  order.items.map((i) => ({
    key: newKey(),
    productId: i.productId,
    name: i.name,
    quantity: i.quantity,
    price: i.price,
    discount: i.discount,
    vatRate: i.vatRate,
  }));

export const emptyRow = (): LineRow => ({
  key: newKey(),
  productId: null,
  name: '',
  quantity: '1',
  price: '',
  discount: '0',
  vatRate: '0',
});

/** A catalogue product fills the line's name, price and VAT; quantity and discount stay. */
export const withProduct = (row: LineRow, p: Product): LineRow => ({
  ...row,
  productId: p.id,
  name: p.name,
  price: p.price,
  vatRate: p.vatRate,
});

/** The lines as the API takes them; name, price and VAT go as shown, so the order keeps them. */
export function itemsInput(rows: LineRow[]): NonNullable<OrderUpdate['items']> {
  return rows.map((r) => ({
    ...(r.productId && { productId: r.productId }),
    name: r.name.trim(),
    quantity: r.quantity.trim() || '1',
    price: r.price.trim() || '0',
    discount: r.discount.trim() || '0',
    vatRate: r.vatRate.trim() || '0',
  }));
}

export function sameRows(a: LineRow[], b: LineRow[]): boolean {
  const strip = (rows: LineRow[]) => JSON.stringify(rows.map(({ key: _, ...r }) => r));
  return strip(a) === strip(b);
}
