import { DEFAULT_ORDER_STATUSES, type orderStatus, type orderStatusesUpdate } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { nowIso } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';

type OrderStatus = z.infer<typeof orderStatus>;
const CLOSED = new Set(['completed', 'cancelled']);
const LABELS: Record<string, string> = {
  new: 'New',
  processing: 'Processing',
  shipped: 'Shipped',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** The statuses an admin set up; the five of the source documents until they change them. */
export async function listOrderStatuses(db: Kysely<DB>): Promise<OrderStatus[]> {
  const rows = await db.selectFrom('order_statuses').selectAll().orderBy('position').execute();
  if (rows.length === 0) {
    return DEFAULT_ORDER_STATUSES.map((key, position) => ({ key, label: LABELS[key] ?? key, position, closed: CLOSED.has(key) }));
  }
  return rows.map((r) => ({ key: r.key, label: r.label, position: r.position, closed: Boolean(r.closed) }));
}

export async function assertOrderStatus(db: Kysely<DB>, status: string): Promise<void> {
  const known = await listOrderStatuses(db);
  if (!known.some((s) => s.key === status)) {
    throw new AppError('invalid', 'Unknown order status.', [
      { path: 'status', message: `One of: ${known.map((s) => s.key).join(', ')}` },
    ]);
  }
}

/** Replaces the list; a status still used by orders cannot be dropped. */
export async function updateOrderStatuses(ctx: Ctx, input: z.output<typeof orderStatusesUpdate>): Promise<OrderStatus[]> {
  return inTransaction(ctx, async (tx) => {
    const before = await listOrderStatuses(tx.db);
    const keys = input.statuses.map((s) => s.key);
    if (new Set(keys).size !== keys.length)
      throw new AppError('invalid', 'Each status needs its own key.', [{ path: 'statuses', message: 'Duplicate key' }]);
    const dropped = before.map((s) => s.key).filter((k) => !keys.includes(k));
    if (dropped.length) {
      const used = await tx.db.selectFrom('orders').select('status').where('status', 'in', dropped).limit(1).executeTakeFirst();
      if (used) throw new AppError('conflict', `Orders still have the status "${used.status}"; move them first.`);
    }
    const at = nowIso();
    await tx.db.deleteFrom('order_statuses').execute();
    await tx.db
      .insertInto('order_statuses')
      .values(
        input.statuses.map((s, position) => ({
          key: s.key,
          label: s.label,
          closed: s.closed ? 1 : 0,
          position,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    const after = await listOrderStatuses(tx.db);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'order_statuses',
      entityId: null,
      changes: { statuses: [before, after] },
    });
    return after;
  });
}
