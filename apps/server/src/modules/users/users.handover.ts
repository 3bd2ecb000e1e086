import { setImmediate } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { nowIso } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { notifyNewOwnerOfMany } from '../notifications/notifications.assigned.ts';

/** Every table whose rows have an owner; each module that owns records (leads, deals, orders…) adds its table. */
export const OWNED_TABLES = ['contacts', 'companies', 'leads', 'deals', 'orders'] as const;

export async function countOwned(db: Kysely<DB>, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of OWNED_TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_id', '=', userId)
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/**
 * Records per transaction. As one transaction, handing over 227,000 records of the bench data held
 * every request of every user for 6–14 s; between batches other requests take their turn.
 */
export const HANDOVER_BATCH = 2000;

/** Moves up to `size` of the table's records, in a transaction with its audit entry. */
async function handOverBatch(ctx: Ctx, table: (typeof OWNED_TABLES)[number], fromUserId: string, toUserId: string, size: number) {
  return inTransaction(ctx, async (tx) => {
    const ids = (await tx.db.selectFrom(table).select('id').where('owner_id', '=', fromUserId).limit(size).execute()).map(
      (r) => r.id,
    );
    if (!ids.length) return 0;
    await tx.db.updateTable(table).set({ owner_id: toUserId, updated_at: nowIso() }).where('id', 'in', ids).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'handover',
      entityType: 'user',
      entityId: fromUserId,
      changes: { owner: [fromUserId, toUserId], moved: [null, { [table]: ids.length }] },
    });
    return ids.length;
  });
}

/**
 * Gives everything one user owns to another, e.g. when someone leaves: in batches, each its own
 * transaction and audit entry, giving turns between them. One that fails leaves those before it
 * done, as their audit entries say; running the handover again moves the rest.
 */
export async function handOver(
  ctx: Ctx,
  fromUserId: string,
  toUserId: string,
  batch = HANDOVER_BATCH,
): Promise<Record<string, number>> {
  if (fromUserId === toUserId)
    throw new AppError('invalid', 'Choose another user.', [{ path: 'toUserId', message: 'Same user' }]);
  const [from, to] = await Promise.all(
    [fromUserId, toUserId].map((id) =>
      ctx.db.selectFrom('users').select(['id', 'status']).where('id', '=', id).executeTakeFirst(),
    ),
  );
  if (!from) throw notFound('user');
  if (to?.status !== 'active')
    throw new AppError('invalid', 'Records can go only to an active user.', [
      { path: 'toUserId', message: 'Not an active user' },
    ]);
  const moved: Record<string, number> = {};
  for (const table of OWNED_TABLES) {
    moved[table] = 0;
    for (let n = batch; n === batch; await setImmediate()) {
      n = await handOverBatch(ctx, table, fromUserId, toUserId, batch);
      moved[table] += n;
    }
  }
  await inTransaction(ctx, (tx) =>
    notifyNewOwnerOfMany(tx, toUserId, {
      contact: moved.contacts,
      company: moved.companies,
      lead: moved.leads,
      deal: moved.deals,
      order: moved.orders,
    }),
  );
  return moved;
}
