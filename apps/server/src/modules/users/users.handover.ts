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

/** Gives everything one user owns to another in one transaction, e.g. when someone leaves. */
export async function handOver(ctx: Ctx, fromUserId: string, toUserId: string): Promise<Record<string, number>> {
  if (fromUserId === toUserId)
    throw new AppError('invalid', 'Choose another user.', [{ path: 'toUserId', message: 'Same user' }]);
  return inTransaction(ctx, async (tx) => {
    const [from, to] = await Promise.all(
      [fromUserId, toUserId].map((id) =>
        tx.db.selectFrom('users').select(['id', 'status']).where('id', '=', id).executeTakeFirst(),
      ),
    );
    if (!from) throw notFound('user');
    if (to?.status !== 'active')
      throw new AppError('invalid', 'Records can go only to an active user.', [
        { path: 'toUserId', message: 'Not an active user' },
      ]);
    const moved: Record<string, number> = {};
    for (const table of OWNED_TABLES) {
      const r = await tx.db
        .updateTable(table)
        .set({ owner_id: toUserId, updated_at: nowIso() })
        .where('owner_id', '=', fromUserId)
        .executeTakeFirst();
      moved[table] = Number(r.numUpdatedRows);
    }
    await notifyNewOwnerOfMany(tx, toUserId, {
      contact: moved.contacts,
      company: moved.companies,
      lead: moved.leads,
      deal: moved.deals,
      order: moved.orders,
    });
    await recordAudit(tx.db, tx.actor, {
      action: 'handover',
      entityType: 'user',
      entityId: fromUserId,
      changes: { owner: [fromUserId, toUserId], moved: [null, moved] },
    });
    return moved;
  });
}
