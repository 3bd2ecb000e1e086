import type { customerSummaryQuery } from '@spilno/schema';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { fromMinor } from '../../lib/money.ts';
import { readScope } from '../../lib/visibility.ts';

/** What a customer bought, paid and still owes, per currency; cancelled orders count for nothing. */
export async function customerSummary(ctx: Ctx, query: z.output<typeof customerSummaryQuery>) {
  let q = ctx.db
    .selectFrom('orders')
    .select((eb) => [
      'currency',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('total_minor').as('revenue'),
      eb.fn.sum<number>('paid_minor').as('paid'),
      sql<number>`sum(case when total_minor > paid_minor then total_minor - paid_minor else 0 end)`.as('debt'),
      sql<number>`sum(subtotal_minor - cost_minor)`.as('profit'),
    ])
    .where('status', '<>', 'cancelled')
    .groupBy('currency')
    .orderBy('currency');
  if (query.contactId) q = q.where('contact_id', '=', query.contactId);
  if (query.companyId) q = q.where('company_id', '=', query.companyId);
  const owner = readScope(ctx, 'orders');
  if (owner) q = q.where('owner_id', '=', owner);
  const rows = await q.execute();
  return rows.map((r) => ({
    currency: r.currency,
    orders: Number(r.n),
    revenue: fromMinor(Number(r.revenue)),
    paid: fromMinor(Number(r.paid)),
    debt: fromMinor(Number(r.debt)),
    grossProfit: fromMinor(Number(r.profit)),
  }));
}
