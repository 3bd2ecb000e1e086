import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { lineTotalMinor, percentOfMinor, toBasisPoints, toMilli, toMinor } from '../../lib/money.ts';

/** A line as deals and orders take it: a catalogue product, or a free line with its own name and price. */
export type LineInput = {
  productId?: string;
  name?: string;
  quantity: string;
  price?: string;
  discount: string;
  vatRate?: string;
};

export type Line = {
  position: number;
  product_id: string | null;
  sku: string | null;
  name: string;
  quantity_milli: number;
  price_minor: number;
  cost_minor: number;
  discount_bp: number;
  vat_bp: number;
};

/** Net (after discount), VAT and cost of one line, in minor units. */
export function lineAmounts(l: Pick<Line, 'quantity_milli' | 'price_minor' | 'cost_minor' | 'discount_bp' | 'vat_bp'>) {
  const net = lineTotalMinor(l.quantity_milli, l.price_minor, l.discount_bp);
  return { net, vat: percentOfMinor(net, l.vat_bp), cost: lineTotalMinor(l.quantity_milli, l.cost_minor, 0) };
}

/** Fills lines from the catalogue (name, price, cost, VAT unless given) and sums them. */
export async function resolveLines(ctx: Ctx, items: LineInput[]) {
  const ids = [...new Set(items.map((i) => i.productId).filter((id): id is string => Boolean(id)))];
  const products = ids.length
    ? await ctx.db
        .selectFrom('products')
        .select(['id', 'sku', 'name', 'price_minor', 'cost_minor', 'vat_bp'])
        .where('id', 'in', ids)
        .execute()
    : [];
  const lines: Line[] = items.map((item, position) => {
    const product = products.find((p) => p.id === item.productId);
    const at = `items.${position}`;
    if (item.productId && !product)
      throw new AppError('invalid', 'This product does not exist.', [{ path: `${at}.productId`, message: 'Unknown product' }]);
    const name = item.name ?? product?.name;
    const priceMinor = item.price !== undefined ? toMinor(item.price) : product?.price_minor;
    if (!name || priceMinor === undefined) {
      throw new AppError('invalid', 'A line without a product needs a name and a price.', [
        { path: at, message: 'Name and price required' },
      ]);
    }
    const discountBp = toBasisPoints(item.discount);
    if (discountBp > 10_000)
      throw new AppError('invalid', 'A discount is at most 100%.', [{ path: `${at}.discount`, message: 'At most 100' }]);
    const quantityMilli = toMilli(item.quantity);
    if (quantityMilli <= 0)
      throw new AppError('invalid', 'A quantity must be above zero.', [{ path: `${at}.quantity`, message: 'Above zero' }]);
    return {
      position,
      product_id: item.productId ?? null,
      sku: product?.sku ?? null,
      name,
      quantity_milli: quantityMilli,
      price_minor: priceMinor,
      cost_minor: product?.cost_minor ?? 0,
      discount_bp: discountBp,
      vat_bp: item.vatRate !== undefined ? toBasisPoints(item.vatRate) : (product?.vat_bp ?? 0),
    };
  });
  const totals = lines
    .map(lineAmounts)
    .reduce((s, a) => ({ net: s.net + a.net, vat: s.vat + a.vat, cost: s.cost + a.cost }), { net: 0, vat: 0, cost: 0 });
  return { lines, totals };
}
