import type { Order, orderFilter, orderListQuery } from '@spilno/schema';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { z } from 'zod';
import type { DB, OrderRow } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { toPage } from '../../lib/cursor.ts';
import { afterCursor, orderByKeyset, parseSort } from '../../lib/keyset.ts';
import { fromBasisPoints, fromMilli, fromMinor } from '../../lib/money.ts';
import { matchesSearch } from '../../lib/search-filter.ts';
import { readScope } from '../../lib/visibility.ts';
import { lineAmounts } from '../products/product-lines.ts';

export type OrderRecord = OrderRow & { contact_name: string | null; contact_phone: string | null; company_name: string | null };
type Filter = z.output<typeof orderFilter>;

export const selectOrders = (db: Kysely<DB>) =>
  db
    .selectFrom('orders')
    .leftJoin('contacts', 'contacts.id', 'orders.contact_id')
    .leftJoin('companies', 'companies.id', 'orders.company_id')
    .selectAll('orders')
    .select([
      sql<string | null>`trim(contacts.first_name || ' ' || contacts.last_name)`.as('contact_name'),
      sql<string | null>`(select value from contact_channels where contact_id = orders.contact_id and kind = 'phone' limit 1)`.as(
        'contact_phone',
      ),
      'companies.name as company_name',
    ]);

export async function orderItems(db: Kysely<DB>, orderIds: string[]) {
  if (orderIds.length === 0) return new Map<string, Order['items']>();
  const rows = await db
    .selectFrom('order_items')
    .selectAll()
    .where('order_id', 'in', orderIds)
    .orderBy('order_id')
    .orderBy('position')
    .execute();
  const byOrder = new Map<string, Order['items']>();
  for (const r of rows) {
    const { net, vat } = lineAmounts(r);
    const item = {
      productId: r.product_id,
      sku: r.sku,
      name: r.name,
      quantity: fromMilli(r.quantity_milli),
      price: fromMinor(r.price_minor),
      discount: fromBasisPoints(r.discount_bp),
      vatRate: fromBasisPoints(r.vat_bp),
      net: fromMinor(net),
      vat: fromMinor(vat),
      total: fromMinor(net + vat),
    };
    byOrder.set(r.order_id, [...(byOrder.get(r.order_id) ?? []), item]);
  }
  return byOrder;
}

export function presentOrder(row: OrderRecord, items: Order['items']): Order {
  return {
    id: row.id,
    number: row.number,
    contactId: row.contact_id,
    companyId: row.company_id,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    companyName: row.company_name,
    dealId: row.deal_id,
    currency: row.currency,
    items,
    subtotal: fromMinor(row.subtotal_minor),
    vat: fromMinor(row.vat_minor),
    total: fromMinor(row.total_minor),
    paid: fromMinor(row.paid_minor),
    due: fromMinor(Math.max(0, row.total_minor - row.paid_minor)),
    grossProfit: fromMinor(row.subtotal_minor - row.cost_minor),
    paymentMethod: row.payment_method as Order['paymentMethod'],
    paymentStatus: row.payment_status as Order['paymentStatus'],
    status: row.status,
    source: row.source,
    deliveryMethod: row.delivery_method,
    deliveryAddress: row.delivery_address,
    trackingNumber: row.tracking_number,
    note: row.note,
    ownerId: row.owner_id,
    orderedAt: row.ordered_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const findOrder = (db: Kysely<DB>, id: string) =>
  selectOrders(db).where('orders.id', '=', id).executeTakeFirst() as Promise<OrderRecord | undefined>;

export function whereOrders<O>(q: SelectQueryBuilder<DB, 'orders' | 'contacts' | 'companies', O>, ctx: Ctx, f: Filter) {
  let query = q;
  const owner = readScope(ctx, 'orders');
  if (owner) query = query.where('orders.owner_id', '=', owner);
  if (f.status) query = query.where('orders.status', '=', f.status);
  if (f.paymentStatus) query = query.where('orders.payment_status', '=', f.paymentStatus);
  if (f.contactId) query = query.where('orders.contact_id', '=', f.contactId);
  if (f.companyId) query = query.where('orders.company_id', '=', f.companyId);
  if (f.ownerId) query = query.where('orders.owner_id', '=', f.ownerId);
  if (f.from) query = query.where('orders.ordered_at', '>=', new Date(f.from).toISOString());
  if (f.to) query = query.where('orders.ordered_at', '<', new Date(f.to).toISOString());
  if (f.q) {
    const text = f.q;
    // An order number, or anything that finds its customer (name, phone in any format, email).
    query = query.where((eb) =>
      eb.or([
        eb('orders.number', '=', text.toUpperCase()),
        eb(
          'orders.contact_id',
          'in',
          eb
            .selectFrom('contacts')
            .select('contacts.id')
            .where(matchesSearch(ctx.engine, 'contacts', text)),
        ),
      ]),
    );
  }
  return query;
}

const SORTS = {
  orderedAt: { column: 'orders.ordered_at' },
  number: { column: 'orders.number' },
  total: { column: 'orders.total_minor' },
} as const;
const cursorValue = { orderedAt: 'ordered_at', number: 'number', total: 'total_minor' } as const;

export async function listOrders(ctx: Ctx, query: z.output<typeof orderListQuery>) {
  const sort = parseSort(query.sort, SORTS);
  let q = whereOrders(selectOrders(ctx.db), ctx, query);
  if (query.cursor) q = q.where(afterCursor(sort, 'orders.id', query.cursor));
  const rows = (await orderByKeyset(q, sort, 'orders.id')
    .limit(query.limit + 1)
    .execute()) as OrderRecord[];
  const items = await orderItems(
    ctx.db,
    rows.slice(0, query.limit).map((r) => r.id),
  );
  const key = cursorValue[query.sort.replace('-', '') as keyof typeof cursorValue];
  return toPage(
    rows,
    query.limit,
    (r) => presentOrder(r, items.get(r.id) ?? []),
    (r) => [r[key], r.id],
  );
}
