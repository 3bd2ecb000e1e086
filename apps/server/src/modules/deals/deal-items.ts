import type { Ctx } from '../../http/context.ts';
import { newId } from '../../lib/ids.ts';
import type { Line } from '../products/product-lines.ts';

/** A deal's lines are what was quoted: name, quantity, price and discount (VAT and cost belong to orders). */
export async function replaceItems(ctx: Ctx, dealId: string, lines: Line[], at: string) {
  await ctx.db.deleteFrom('deal_items').where('deal_id', '=', dealId).execute();
  if (lines.length) {
    await ctx.db
      .insertInto('deal_items')
      .values(
        lines.map((l) => ({
          id: newId(),
          deal_id: dealId,
          position: l.position,
          product_id: l.product_id,
          name: l.name,
          quantity_milli: l.quantity_milli,
          price_minor: l.price_minor,
          discount_bp: l.discount_bp,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
  }
}
