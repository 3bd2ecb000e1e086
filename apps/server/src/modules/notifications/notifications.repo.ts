import {
  type ChannelPreference,
  DEFAULT_NOTIFICATION_PREFERENCES,
  NOTIFICATION_KINDS,
  type Notification,
  type NotificationKind,
  type NotificationPreferences,
} from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { DB, NotificationRow } from '../../db/types.ts';

export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    title: row.title,
    body: row.body,
    entityType: row.entity_type,
    entityId: row.entity_id,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}

/** The user's choices over the defaults, one row per kind they changed. */
export async function preferencesOf(db: Kysely<DB>, userId: string): Promise<NotificationPreferences> {
  const rows = await db.selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).execute();
  const prefs = { ...DEFAULT_NOTIFICATION_PREFERENCES };
  for (const r of rows) {
    if ((NOTIFICATION_KINDS as readonly string[]).includes(r.kind)) {
      prefs[r.kind as NotificationKind] = { inApp: Boolean(r.in_app), email: Boolean(r.email) };
    }
  }
  return prefs;
}

export async function preferenceOf(db: Kysely<DB>, userId: string, kind: NotificationKind): Promise<ChannelPreference> {
  const row = await db
    .selectFrom('notification_preferences')
    .select(['in_app', 'email'])
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row ? { inApp: Boolean(row.in_app), email: Boolean(row.email) } : DEFAULT_NOTIFICATION_PREFERENCES[kind];
}

export async function unreadCount(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('is_read', '=', 0)
    .where('in_app', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
