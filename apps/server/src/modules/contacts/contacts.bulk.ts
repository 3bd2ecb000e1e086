import type { ContactBulk } from '@spilno/schema';
import { roleCan } from '@spilno/schema';
import { parseJson } from '../../db/connection.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { chunks } from '../../lib/chunks.ts';
import { nowIso } from '../../lib/time.ts';
import { assertCanAssign } from '../../lib/visibility.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { notifyNewOwnerOfMany } from '../notifications/notifications.assigned.ts';
import { assertActiveUser } from './contact-input.ts';
import { selectContacts, whereContacts } from './contacts.repo.ts';
import { deleteContacts, refreshContacts } from './contacts.service.ts';

/** Bulk over a selection or everything matching a filter is capped so one request stays one bounded transaction. */
export const BULK_MAX = 100_000;

/** The ids the caller may change: visible and, without `.write.all`, their own. */
async function targetIds(ctx: Ctx, bulk: ContactBulk): Promise<string[]> {
  const writeScope = roleCan(ctx.user.role, 'contacts.write.all') ? null : ctx.user.id;
  let q = whereContacts(selectContacts(ctx.db), ctx, bulk.filter ?? {}, writeScope)
    .clearSelect()
    .select('contacts.id');
  if (bulk.ids) q = q.where('contacts.id', 'in', bulk.ids);
  const rows = await q.limit(BULK_MAX + 1).execute();
  if (rows.length > BULK_MAX)
    throw new AppError('too_large', `Bulk actions handle up to ${BULK_MAX} contacts at once; narrow the filter.`);
  return rows.map((r) => r.id);
}

async function retag(ctx: Ctx, ids: string[], tag: string, add: boolean): Promise<number> {
  const at = nowIso();
  let changed = 0;
  for (const slice of chunks(ids)) {
    const rows = await ctx.db
      .selectFrom('contacts')
      .select(['id', 'tags', 'first_name', 'last_name'])
      .where('id', 'in', slice)
      .execute();
    for (const row of rows) {
      const tags = parseJson<string[]>(row.tags) ?? [];
      if (tags.includes(tag) === add) continue;
      const next = add ? [...tags, tag] : tags.filter((t) => t !== tag);
      await ctx.db
        .updateTable('contacts')
        .set({ tags: JSON.stringify(next), updated_at: at })
        .where('id', '=', row.id)
        .execute();
      changed++;
    }
    await refreshContacts(
      ctx,
      rows.map((r) => r.id),
    );
  }
  return changed;
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

export async function bulkContacts(ctx: Ctx, bulk: ContactBulk): Promise<{ affected: number }> {
  return inTransaction(ctx, async (tx) => {
    const ids = await targetIds(tx, bulk);
    let affected = 0;
    if (bulk.action === 'delete') affected = await deleteContacts(tx, ids);
    if ((bulk.action === 'tag' || bulk.action === 'untag') && bulk.tag)
      affected = await retag(tx, ids, bulk.tag, bulk.action === 'tag');
    if (bulk.action === 'assign') {
      const ownerId = bulk.ownerId ?? null;
      assertCanAssign(tx, 'contacts', ownerId);
      if (ownerId) await assertActiveUser(tx, ownerId);
      let gained = 0;
      for (const chunk of chunks(ids)) {
        // Only contacts that really change hands count as news for their new owner.
        if (ownerId) gained += await countNotOwnedBy(tx, chunk, ownerId);
        const r = await tx.db
          .updateTable('contacts')
          .set({ owner_id: ownerId, updated_at: nowIso() })
          .where('id', 'in', chunk)
          .executeTakeFirst();
        affected += Number(r.numUpdatedRows);
      }
      await notifyNewOwnerOfMany(tx, ownerId, { contact: gained });
    }
    await recordAudit(tx.db, tx.actor, {
      action: bulk.action === 'delete' ? 'bulk_delete' : 'bulk_update',
      entityType: 'contact',
      entityId: null,
      changes: {
        [bulk.action]: [
          null,
          { tag: bulk.tag, ownerId: bulk.ownerId, filter: bulk.filter, count: affected, ids: ids.slice(0, 1000) },
        ],
      },
    });
    return { affected };
  });
}
