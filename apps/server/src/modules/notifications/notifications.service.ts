import type { NotificationKind, notificationListQuery, notificationPreferencesUpdate, notificationsRead } from '@spilno/schema';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { announce } from './notifications.bus.ts';
import { preferenceOf, preferencesOf, presentNotification, unreadCount } from './notifications.repo.ts';

export type NotifyInput = {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string;
  entityType?: string;
  entityId?: string;
};

/**
 * Tells a user something, over the channels they chose for the kind. Call it with the
 * transaction of the write it is about; the scheduler mails `pending` ones after the commit.
 */
export async function notify(db: Kysely<DB>, input: NotifyInput): Promise<void> {
  const pref = await preferenceOf(db, input.userId, input.kind);
  if (!pref.inApp && !pref.email) return;
  const at = nowIso();
  await db
    .insertInto('notifications')
    .values({
      id: newId(),
      user_id: input.userId,
      kind: input.kind,
      title: input.title.slice(0, 300),
      body: (input.body ?? '').slice(0, 2000),
      entity_type: input.entityType ?? null,
      entity_id: input.entityId ?? null,
      in_app: pref.inApp ? 1 : 0,
      is_read: 0,
      read_at: null,
      email_state: pref.email ? 'pending' : null,
      email_attempts: 0,
      email_retry_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  announce(input.userId);
}

/** Unread first, then newest first; the cursor is (read flag, id). */
export async function listNotifications(ctx: Ctx, query: z.output<typeof notificationListQuery>) {
  let q = ctx.db.selectFrom('notifications').selectAll().where('user_id', '=', ctx.user.id).where('in_app', '=', 1);
  if (query.unread === 'true') q = q.where('is_read', '=', 0);
  if (query.unread === 'false') q = q.where('is_read', '=', 1);
  if (query.cursor) {
    const [read, id] = decodeCursor(query.cursor, 2) as [number, string];
    q = q.where(sql<boolean>`(is_read > ${sql.val(read ? 1 : 0)} or (is_read = ${sql.val(read ? 1 : 0)} and id < ${id}))`);
  }
  const rows = await q
    .orderBy('is_read', 'asc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = toPage(rows, query.limit, presentNotification, (r) => [r.is_read ? 1 : 0, r.id]);
  return { ...page, unreadCount: await unreadCount(ctx.db, ctx.user.id) };
}

export async function markRead(ctx: Ctx, body: z.output<typeof notificationsRead>): Promise<{ unreadCount: number }> {
  await inTransaction(ctx, async (tx) => {
    const at = nowIso();
    let q = tx.db
      .updateTable('notifications')
      .set({ is_read: 1, read_at: at, updated_at: at })
      .where('user_id', '=', tx.user.id)
      .where('is_read', '=', 0);
    if (body.ids) q = q.where('id', 'in', body.ids);
    const result = await q.executeTakeFirst();
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'notification',
      entityId: body.ids?.length === 1 ? (body.ids[0] ?? null) : null,
      changes: { read: [null, Number(result.numUpdatedRows)] },
    });
  });
  announce(ctx.user.id);
  return { unreadCount: await unreadCount(ctx.db, ctx.user.id) };
}

export const getPreferences = (ctx: Ctx) => preferencesOf(ctx.db, ctx.user.id);

export async function updatePreferences(ctx: Ctx, patch: z.output<typeof notificationPreferencesUpdate>) {
  return inTransaction(ctx, async (tx) => {
    const before = await preferencesOf(tx.db, tx.user.id);
    const at = nowIso();
    for (const [kind, change] of Object.entries(patch) as [NotificationKind, { inApp?: boolean; email?: boolean }][]) {
      const next = { ...before[kind], ...change };
      const values = { in_app: next.inApp ? 1 : 0, email: next.email ? 1 : 0, updated_at: at };
      await tx.db
        .insertInto('notification_preferences')
        .values({ user_id: tx.user.id, kind, ...values, created_at: at })
        .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet(values))
        .execute();
    }
    const after = await preferencesOf(tx.db, tx.user.id);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'notification_preferences',
      entityId: tx.user.id,
      changes: Object.fromEntries(
        Object.keys(patch).map((k) => [k, [before[k as NotificationKind], after[k as NotificationKind]]]),
      ),
    });
    return after;
  });
}
