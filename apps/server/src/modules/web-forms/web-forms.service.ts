import type { WebForm, webFormCreate, webFormUpdate } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parseJson } from '../../db/connection.ts';
import type { DB, WebFormRow } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { assertActiveUser } from '../contacts/contact-input.ts';

const audited = [
  'name',
  'active',
  'allowedOrigins',
  'assignMode',
  'assigneeIds',
  'source',
  'successMessage',
  'redirectUrl',
] as const;

export function presentWebForm(row: WebFormRow): WebForm {
  return {
    id: row.id,
    name: row.name,
    active: Boolean(row.active),
    allowedOrigins: parseJson<string[]>(row.allowed_origins) ?? [],
    assignMode: row.assign_mode as WebForm['assignMode'],
    assigneeIds: parseJson<string[]>(row.assignee_ids) ?? [],
    source: row.source as WebForm['source'],
    successMessage: row.success_message,
    redirectUrl: row.redirect_url,
    // Every lead the form creates advances the turn in the same transaction, so the turn counter is the count.
    leadsCreated: Number(row.next_assignee),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const findWebForm = (db: Kysely<DB>, id: string) =>
  db.selectFrom('web_forms').selectAll().where('id', '=', id).executeTakeFirst();

export async function getWebForm(db: Kysely<DB>, id: string): Promise<WebForm> {
  const row = await findWebForm(db, id);
  if (!row) throw notFound('form');
  return presentWebForm(row);
}

/** A company has a handful of forms, so the list is whole. */
export async function listWebForms(db: Kysely<DB>): Promise<WebForm[]> {
  return (await db.selectFrom('web_forms').selectAll().orderBy('name').limit(500).execute()).map(presentWebForm);
}

function toRow(f: WebForm) {
  return {
    name: f.name,
    active: f.active ? 1 : 0,
    allowed_origins: JSON.stringify(f.allowedOrigins),
    assign_mode: f.assignMode,
    assignee_ids: JSON.stringify(f.assigneeIds),
    source: f.source,
    success_message: f.successMessage,
    redirect_url: f.redirectUrl,
    updated_at: f.updatedAt,
  };
}

async function checkAssignees(ctx: Ctx, ids: string[] | undefined) {
  for (const [i, id] of (ids ?? []).entries()) await assertActiveUser(ctx, id, `assigneeIds.${i}`);
}

export async function createWebForm(ctx: Ctx, input: z.output<typeof webFormCreate>): Promise<WebForm> {
  return inTransaction(ctx, async (tx) => {
    await checkAssignees(tx, input.assigneeIds);
    const at = nowIso();
    const form: WebForm = {
      id: newId(),
      ...input,
      allowedOrigins: [...new Set(input.allowedOrigins)],
      leadsCreated: 0,
      createdAt: at,
      updatedAt: at,
    };
    await tx.db
      .insertInto('web_forms')
      .values({ id: form.id, ...toRow(form), next_assignee: 0, created_at: at })
      .execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'web_form',
      entityId: form.id,
      changes: diff(null, form, audited),
    });
    return form;
  });
}

export async function updateWebForm(ctx: Ctx, id: string, patch: z.output<typeof webFormUpdate>): Promise<WebForm> {
  return inTransaction(ctx, async (tx) => {
    const before = await getWebForm(tx.db, id);
    await checkAssignees(tx, patch.assigneeIds);
    const after = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      updatedAt: nowIso(),
    };
    await tx.db.updateTable('web_forms').set(toRow(after)).where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'web_form',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return after;
  });
}

export async function deleteWebForm(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getWebForm(tx.db, id);
    await tx.db.deleteFrom('web_forms').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'web_form',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}
