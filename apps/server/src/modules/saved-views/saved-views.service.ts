import type { SavedView, savedViewCreate, savedViewUpdate } from '@spilno/schema';
import type { z } from 'zod';
import { parseJson } from '../../db/connection.ts';
import type { SavedViewRow } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';

const audited = ['name', 'filters', 'columns', 'sort', 'shared'] as const;

function presentSavedView(row: SavedViewRow): SavedView {
  return {
    id: row.id,
    entity: row.entity as SavedView['entity'],
    name: row.name,
    filters: parseJson(row.filters) ?? {},
    columns: parseJson(row.columns) ?? [],
    sort: row.sort,
    shared: Boolean(row.shared),
    ownerId: row.owner_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The caller's own views and those others shared, by name. A short list, so not paged. */
export async function listSavedViews(ctx: Ctx, entity: SavedView['entity']): Promise<SavedView[]> {
  const rows = await ctx.db
    .selectFrom('saved_views')
    .selectAll()
    .where('entity', '=', entity)
    .where((eb) => eb.or([eb('owner_id', '=', ctx.user.id), eb('shared', '=', 1)]))
    .orderBy('name')
    .limit(500)
    .execute();
  return rows.map(presentSavedView);
}

export async function createSavedView(ctx: Ctx, input: z.output<typeof savedViewCreate>): Promise<SavedView> {
  return inTransaction(ctx, async (tx) => {
    const at = nowIso();
    const row = {
      id: newId(),
      entity: input.entity,
      name: input.name,
      owner_id: tx.user.id,
      shared: input.shared ? 1 : 0,
      filters: JSON.stringify(input.filters),
      columns: JSON.stringify(input.columns),
      sort: input.sort,
      created_at: at,
      updated_at: at,
    };
    await tx.db.insertInto('saved_views').values(row).execute();
    const view = presentSavedView(row);
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'saved_view',
      entityId: row.id,
      changes: diff(null, view, audited),
    });
    return view;
  });
}

/** Others may use a shared view; only its owner (or an admin) changes or deletes it. */
async function ownView(ctx: Ctx, id: string): Promise<SavedView> {
  const row = await ctx.db.selectFrom('saved_views').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.owner_id !== ctx.user.id && !row.shared)) throw notFound('view');
  if (row.owner_id !== ctx.user.id && ctx.user.role !== 'admin')
    throw new AppError('forbidden', 'Only its owner may change this view.');
  return presentSavedView(row);
}

export async function updateSavedView(ctx: Ctx, id: string, patch: z.output<typeof savedViewUpdate>): Promise<SavedView> {
  return inTransaction(ctx, async (tx) => {
    const before = await ownView(tx, id);
    const after = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      updatedAt: nowIso(),
    };
    await tx.db
      .updateTable('saved_views')
      .set({
        name: after.name,
        filters: JSON.stringify(after.filters),
        columns: JSON.stringify(after.columns),
        sort: after.sort,
        shared: after.shared ? 1 : 0,
        updated_at: after.updatedAt,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'saved_view',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return after;
  });
}

export async function deleteSavedView(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await ownView(tx, id);
    await tx.db.deleteFrom('saved_views').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'saved_view',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}
