import type { ContactBulk } from '@spilno/schema';
import { roleCan } from '@spilno/schema';
import { parseJson } from '../../db/connection.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { chunks } from '../../lib/chunks.ts';
import { nowIso } from '../../lib/time.ts';
import { givingTurns } from '../../lib/turns.ts';
import { assertCanAssign } from '../../lib/visibility.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { notifyNewOwnerOfMany } from '../notifications/notifications.assigned.ts';
import { assertActiveUser } from './contact-input.ts';
import { selectContacts, whereContacts } from './contacts.repo.ts';
import { deleteContacts, refreshContacts } from './contacts.service.ts';

/** Bulk over a selection or everything matching a filter is capped: the ids are read up front. */
export const BULK_MAX = 100_000;

/**
 * Contacts per transaction. Between batches the write lock is free and other requests take their
 * turn: as one transaction, tagging 75,000 contacts of the bench data held every request of every
 * user for 60 s; in batches of 200 a list page took ~110 ms meanwhile (500: ~240 ms).
 */
export const BULK_BATCH = 200;

/** Whose contacts the caller may change: null for anyone's (`.write.all`), else their own id. */
const writeScopeOf = (ctx: Ctx) => (roleCan(ctx.user.role, 'contacts.write.all') ? null : ctx.user.id);

/** The ids the caller may change: visible and, without `.write.all`, their own. */
async function targetIds(ctx: Ctx, bulk: ContactBulk): Promise<string[]> {
  let q = whereContacts(selectContacts(ctx.db), ctx, bulk.filter ?? {}, writeScopeOf(ctx))
    .clearSelect()
    .select('contacts.id');
  if (bulk.ids) q = q.where('contacts.id', 'in', bulk.ids);
  const rows = await q.limit(BULK_MAX + 1).execute();
  if (rows.length > BULK_MAX)
    throw new AppError('too_large', `Bulk actions handle up to ${BULK_MAX} contacts at once; narrow the filter.`);
  return rows.map((r) => r.id);
}

/** Of a batch read before, those that still exist and are still the caller's to change. */
async function stillWritable(ctx: Ctx, ids: string[]): Promise<string[]> {
  const scope = writeScopeOf(ctx);
  let q = ctx.db.selectFrom('contacts').select('id').where('id', 'in', ids);
  if (scope) q = q.where('owner_id', '=', scope);
  return (await q.execute()).map((r) => r.id);
}

async function retag(ctx: Ctx, ids: string[], tag: string, add: boolean): Promise<number> {
  const at = nowIso();
  const rows = await ctx.db.selectFrom('contacts').select(['id', 'tags']).where('id', 'in', ids).execute();
  const changed: string[] = [];
  for (const row of rows) {
    const tags = parseJson<string[]>(row.tags) ?? [];
    if (tags.includes(tag) === add) continue;
    const next = add ? [...tags, tag] : tags.filter((t) => t !== tag);
    await ctx.db
      .updateTable('contacts')
      .set({ tags: JSON.stringify(next), updated_at: at })
      .where('id', '=', row.id)
      .execute();
    changed.push(row.id);
  }
  await refreshContacts(ctx, changed);
  return changed.length;
}

async function countNotOwnedBy(ctx: Ctx, ids: string[], ownerId: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', 'in', ids)
    .where((eb) => eb.or([eb('owner_id', 'is', null), eb('owner_id', '!=', ownerId)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Applies the action to one batch, in its transaction, with its audit entry. */
async function bulkBatch(ctx: Ctx, bulk: ContactBulk, batch: string[]): Promise<{ affected: number; gained: number }> {
  return inTransaction(ctx, async (tx) => {
    const ids = await stillWritable(tx, batch);
    let affected = 0;
    let gained = 0;
    if (bulk.action === 'delete') affected = await deleteContacts(tx, ids);
    if ((bulk.action === 'tag' || bulk.action === 'untag') && bulk.tag)
      affected = await retag(tx, ids, bulk.tag, bulk.action === 'tag');
    if (bulk.action === 'assign' && ids.length) {
      const ownerId = bulk.ownerId ?? null;
      // Only contacts that really change hands count as news for their new owner.
      if (ownerId) gained = await countNotOwnedBy(tx, ids, ownerId);
      const r = await tx.db
        .updateTable('contacts')
        .set({ owner_id: ownerId, updated_at: nowIso() })
        .where('id', 'in', ids)
        .executeTakeFirst();
      affected = Number(r.numUpdatedRows);
    }
    await recordAudit(tx.db, tx.actor, {
      action: bulk.action === 'delete' ? 'bulk_delete' : 'bulk_update',
      entityType: 'contact',
      entityId: null,
      changes: { [bulk.action]: [null, { tag: bulk.tag, ownerId: bulk.ownerId, filter: bulk.filter, count: affected, ids }] },
    });
    return { affected, gained };
  });
}

/**
 * A bulk action in batches of `BULK_BATCH`, each its own transaction and audit entry, so a large
 * one never holds the others' writes (nor, on SQLite, the whole server) for long. A batch that
 * fails leaves those before it done, as their audit entries say; the action can be run again.
 */
export async function bulkContacts(ctx: Ctx, bulk: ContactBulk): Promise<{ affected: number }> {
  const ids = await targetIds(ctx, bulk);
  const ownerId = bulk.ownerId ?? null;
  if (bulk.action === 'assign') {
    assertCanAssign(ctx, 'contacts', ownerId);
    if (ownerId) await assertActiveUser(ctx, ownerId);
  }
  let affected = 0;
  let gained = 0;
  for await (const batch of givingTurns(chunks(ids, BULK_BATCH))) {
    const done = await bulkBatch(ctx, bulk, batch);
    affected += done.affected;
    gained += done.gained;
  }
  if (bulk.action === 'assign') await inTransaction(ctx, (tx) => notifyNewOwnerOfMany(tx, ownerId, { contact: gained }));
  return { affected };
}
