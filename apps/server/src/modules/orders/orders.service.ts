import type { Order, orderCreate, orderUpdate, paymentCreate } from '@spilno/schema';
import type { z } from 'zod';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { formatNumber, nextInSequence } from '../../lib/counters.ts';
import { newId } from '../../lib/ids.ts';
import { fromMinor, toMinor } from '../../lib/money.ts';
import { nowIso } from '../../lib/time.ts';
import { assertCanAssign, assertCanWrite, canRead } from '../../lib/visibility.ts';
import { logSystemActivity } from '../activities/activities.service.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { assertActiveUser } from '../contacts/contact-input.ts';
import { notifyNewOwner } from '../notifications/notifications.assigned.ts';
import { type Line, resolveLines } from '../products/product-lines.ts';
import { getSettings } from '../settings/settings.service.ts';
import { assertOrderStatus } from './order-statuses.ts';
import { findOrder, orderItems, presentOrder } from './orders.repo.ts';

const audited = [
  'number',
  'contactId',
  'companyId',
  'status',
  'paymentMethod',
  'paymentStatus',
  'total',
  'paid',
  'deliveryMethod',
  'deliveryAddress',
  'trackingNumber',
  'ownerId',
] as const;

export async function getOrder(ctx: Ctx, id: string): Promise<Order> {
  const row = await findOrder(ctx.db, id);
  if (!row || !canRead(ctx, 'orders', row.owner_id)) throw notFound('order');
  const [items, payments] = await Promise.all([
    orderItems(ctx.db, [id]),
    ctx.db.selectFrom('order_payments').selectAll().where('order_id', '=', id).orderBy('paid_at').execute(),
  ]);
  return {
    ...presentOrder(row, items.get(id) ?? []),
    payments: payments.map((p) => ({
      id: p.id,
      amount: fromMinor(p.amount_minor),
      method: p.method as Order['paymentMethod'],
      paidAt: p.paid_at,
      note: p.note,
    })),
  };
}

/** Paid, partly paid or unpaid follows from the payments; "refunded" when money came back and nothing is left paid. */
export function paymentStatus(totalMinor: number, paidMinor: number, refunded: boolean): Order['paymentStatus'] {
  if (paidMinor <= 0) return refunded ? 'refunded' : 'unpaid';
  return paidMinor >= totalMinor ? 'paid' : 'partly_paid';
}

async function assertCustomer(ctx: Ctx, o: { contactId?: string | null; companyId?: string | null }) {
  for (const [table, key] of [
    ['contacts', 'contactId'],
    ['companies', 'companyId'],
  ] as const) {
    const id = o[key];
    if (!id) continue;
    const row = await ctx.db.selectFrom(table).select('owner_id').where('id', '=', id).executeTakeFirst();
    if (!row || !canRead(ctx, table, row.owner_id))
      throw new AppError('invalid', 'This customer does not exist.', [{ path: key, message: 'Unknown record' }]);
  }
}

async function writeLines(ctx: Ctx, orderId: string, lines: Line[], at: string) {
  await ctx.db.deleteFrom('order_items').where('order_id', '=', orderId).execute();
  await ctx.db
    .insertInto('order_items')
    .values(lines.map((l) => ({ ...l, id: newId(), order_id: orderId, created_at: at, updated_at: at })))
    .execute();
}

const totalsOf = (t: { net: number; vat: number; cost: number }) => ({
  subtotal_minor: t.net,
  vat_minor: t.vat,
  total_minor: t.net + t.vat,
  cost_minor: t.cost,
});

export async function createOrder(ctx: Ctx, input: z.output<typeof orderCreate>): Promise<Order> {
  return inTransaction(ctx, async (tx) => {
    await assertCustomer(tx, input);
    const ownerId = input.ownerId === undefined ? tx.user.id : input.ownerId;
    assertCanAssign(tx, 'orders', ownerId);
    if (ownerId) await assertActiveUser(tx, ownerId);
    const status = input.status ?? 'new';
    await assertOrderStatus(tx.db, status);
    const { lines, totals } = await resolveLines(tx, input.items);
    const settings = await getSettings(tx.db);
    const at = nowIso();
    const orderedAt = input.orderedAt ? new Date(input.orderedAt).toISOString() : at;
    const year = new Date(orderedAt).getUTCFullYear();
    const perYear = settings.orderNumberFormat.includes('{YYYY}');
    const seq = await nextInSequence(tx.db, perYear ? `orders:${year}` : 'orders');
    const id = newId();
    await tx.db
      .insertInto('orders')
      .values({
        id,
        number: formatNumber(settings.orderNumberFormat, year, seq),
        contact_id: input.contactId ?? null,
        company_id: input.companyId ?? null,
        deal_id: input.dealId ?? null,
        currency: input.currency ?? settings.defaultCurrency,
        ...totalsOf(totals),
        paid_minor: 0,
        payment_method: input.paymentMethod ?? null,
        payment_status: 'unpaid',
        status,
        source: input.source ?? null,
        delivery_method: input.deliveryMethod ?? null,
        delivery_address: input.deliveryAddress ?? null,
        tracking_number: input.trackingNumber ?? null,
        note: input.note ?? null,
        owner_id: ownerId,
        ordered_at: orderedAt,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await writeLines(tx, id, lines, at);
    const order = await getOrder(tx, id);
    await logSystemActivity(
      tx,
      { contactId: order.contactId ?? undefined, companyId: order.companyId ?? undefined },
      `Order ${order.number} created: ${order.total} ${order.currency}`,
    );
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'order',
      entityId: id,
      changes: diff(null, order, audited),
    });
    return order;
  });
}

const changedMeanwhile = () =>
  new AppError('conflict', 'Someone changed this order since you opened it; reload it and make your change again.');

function laterThan(version: string): string {
  const now = Date.now();
  const last = Date.parse(version);
  return new Date(now > last ? now : last + 1).toISOString();
}

export async function updateOrder(ctx: Ctx, id: string, patch: z.output<typeof orderUpdate>): Promise<Order> {
  return inTransaction(ctx, async (tx) => {
    const before = await getOrder(tx, id);
    assertCanWrite(tx, 'orders', before.ownerId, 'order');
    if (patch.updatedAt && new Date(patch.updatedAt).toISOString() !== before.updatedAt) throw changedMeanwhile();
    await assertCustomer(tx, patch);
    if (patch.ownerId !== undefined && patch.ownerId !== before.ownerId) {
      assertCanAssign(tx, 'orders', patch.ownerId);
      if (patch.ownerId) await assertActiveUser(tx, patch.ownerId);
    }
    if (patch.status) await assertOrderStatus(tx.db, patch.status);
    const resolved = patch.items ? await resolveLines(tx, patch.items) : null;
    // Every write moves updated_at, even two within one millisecond: it is the order's version.
    const at = laterThan(before.updatedAt);
    const totals = resolved ? totalsOf(resolved.totals) : null;
    const paidMinor = toMinor(before.paid);
    const refunded = before.payments?.some((p) => p.amount.startsWith('-')) ?? false;
    const set = {
      ...(patch.contactId !== undefined && { contact_id: patch.contactId }),
      ...(patch.companyId !== undefined && { company_id: patch.companyId }),
      ...(patch.dealId !== undefined && { deal_id: patch.dealId }),
      ...(patch.currency !== undefined && { currency: patch.currency }),
      ...(totals && { ...totals, payment_status: paymentStatus(totals.total_minor, paidMinor, refunded) }),
      ...(patch.paymentMethod !== undefined && { payment_method: patch.paymentMethod }),
      ...(patch.status !== undefined && { status: patch.status }),
      ...(patch.source !== undefined && { source: patch.source }),
      ...(patch.deliveryMethod !== undefined && { delivery_method: patch.deliveryMethod }),
      ...(patch.deliveryAddress !== undefined && { delivery_address: patch.deliveryAddress }),
      ...(patch.trackingNumber !== undefined && { tracking_number: patch.trackingNumber }),
      ...(patch.note !== undefined && { note: patch.note }),
      ...(patch.ownerId !== undefined && { owner_id: patch.ownerId }),
      ...(patch.orderedAt !== undefined && { ordered_at: new Date(patch.orderedAt).toISOString() }),
      updated_at: at,
    };
    // Conditional on the version read above: on PostgreSQL a concurrent transaction may have
    // written in between, and then this one changes nothing and answers 409.
    const written = await tx.db
      .updateTable('orders')
      .set(set)
      .where('id', '=', id)
      .where('updated_at', '=', before.updatedAt)
      .executeTakeFirst();
    if (Number(written.numUpdatedRows) !== 1) throw changedMeanwhile();
    if (resolved) await writeLines(tx, id, resolved.lines, at);
    const after = await getOrder(tx, id);
    if (after.status !== before.status) {
      await logSystemActivity(
        tx,
        { contactId: after.contactId ?? undefined, companyId: after.companyId ?? undefined },
        `Order ${after.number}: ${before.status} → ${after.status}`,
      );
    }
    await notifyNewOwner(tx, 'order', { id, name: after.number }, before.ownerId, after.ownerId);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'order',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return after;
  });
}

export async function addPayment(ctx: Ctx, id: string, input: z.output<typeof paymentCreate>): Promise<Order> {
  return inTransaction(ctx, async (tx) => {
    const before = await getOrder(tx, id);
    assertCanWrite(tx, 'orders', before.ownerId, 'order');
    const amount = toMinor(input.amount);
    if (amount === 0) throw new AppError('invalid', 'A payment needs an amount.', [{ path: 'amount', message: 'Not zero' }]);
    const paid = toMinor(before.paid) + amount;
    if (paid < 0)
      throw new AppError('invalid', 'A refund cannot exceed what was paid.', [
        { path: 'amount', message: `At most ${before.paid} back` },
      ]);
    const at = nowIso();
    await tx.db
      .insertInto('order_payments')
      .values({
        id: newId(),
        order_id: id,
        amount_minor: amount,
        method: input.method ?? before.paymentMethod,
        paid_at: input.paidAt ? new Date(input.paidAt).toISOString() : at,
        note: input.note ?? null,
        user_id: tx.user.id,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const refunded = amount < 0 || (before.payments?.some((p) => p.amount.startsWith('-')) ?? false);
    await tx.db
      .updateTable('orders')
      .set({ paid_minor: paid, payment_status: paymentStatus(toMinor(before.total), paid, refunded), updated_at: at })
      .where('id', '=', id)
      .execute();
    const after = await getOrder(tx, id);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'order',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return after;
  });
}

export async function deleteOrder(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getOrder(tx, id);
    assertCanWrite(tx, 'orders', before.ownerId, 'order');
    await tx.db.deleteFrom('orders').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'order',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}

/** The orders table's bulk status change: each order the caller may change, one audit entry. */
export async function bulkOrderStatus(ctx: Ctx, ids: string[], status: string): Promise<{ affected: number }> {
  return inTransaction(ctx, async (tx) => {
    await assertOrderStatus(tx.db, status);
    let affected = 0;
    for (const id of ids) {
      const row = await findOrder(tx.db, id);
      if (!row || row.status === status) continue;
      assertCanWrite(tx, 'orders', row.owner_id, 'order');
      await tx.db.updateTable('orders').set({ status, updated_at: nowIso() }).where('id', '=', id).execute();
      affected++;
    }
    await recordAudit(tx.db, tx.actor, {
      action: 'bulk_update',
      entityType: 'order',
      entityId: null,
      changes: { status: [null, { status, ids, count: affected }] },
    });
    return { affected };
  });
}
