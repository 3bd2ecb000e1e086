import type { dealItemInput } from '@spilno/schema';
import type { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { lineTotalMinor, toBasisPoints, toMilli, toMinor } from '../../lib/money.ts';

type ItemInput = z.output<typeof dealItemInput>;

/** Resolves lines against the catalogue (a product's name and price unless given) and returns the rows and their sum. */
export async function resolveItems(ctx: Ctx, items: ItemInput[]) {
  const ids = [...new Set(items.map((i) => i.productId).filter((id): id is string => Boolean(id)))];
  const products = ids.length
    ? await ctx.db.selectFrom('products').select(['id', 'name', 'price_minor']).where('id', 'in', ids).execute()
    : [];
  const rows = items.map((item, position) => {
    const product = products.find((p) => p.id === item.productId);
    if (item.productId && !product)
      throw new AppError('invalid', 'This product does not exist.', [
        { path: `items.${position}.productId`, message: 'Unknown product' },
      ]);
    const name = item.name ?? product?.name;
    const priceMinor = item.price !== undefined ? toMinor(item.price) : product?.price_minor;
    if (!name || priceMinor === undefined) {
      throw new AppError('invalid', 'A line without a product needs a name and a price.', [
        { path: `items.${position}`, message: 'Name and price required' },
      ]);
    }
    const discountBp = toBasisPoints(item.discount);
    if (discountBp > 10_000)
      throw new AppError('invalid', 'A discount is at most 100%.', [
        { path: `items.${position}.discount`, message: 'At most 100' },
      ]);
    return {
      product_id: item.productId ?? null,
      name,
      position,
      quantity_milli: toMilli(item.quantity),
      price_minor: priceMinor,
      discount_bp: discountBp,
    };
  });
  const totalMinor = rows.reduce((sum, r) => sum + lineTotalMinor(r.quantity_milli, r.price_minor, r.discount_bp), 0);
  return { rows, totalMinor };
}

export async function replaceItems(ctx: Ctx, dealId: string, rows: Awaited<ReturnType<typeof resolveItems>>['rows'], at: string) {
  await ctx.db.deleteFrom('deal_items').where('deal_id', '=', dealId).execute();
  if (rows.length) {
    await ctx.db
      .insertInto('deal_items')
      .values(rows.map((r) => ({ ...r, id: newId(), deal_id: dealId, created_at: at, updated_at: at })))
      .execute();
  }
}
