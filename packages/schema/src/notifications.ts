import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';
import { NOTIFICATION_KINDS } from './values.ts';

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_CHANNELS = ['inApp', 'email'] as const;

export const notification = z.object({
  id,
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  readAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export type Notification = z.infer<typeof notification>;

export const notificationListQuery = listQuery.omit({ q: true }).extend({
  unread: z.enum(['true', 'false']).optional(),
});

export const notificationPage = z.object({
  items: z.array(notification),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});

export const notificationsRead = z
  .strictObject({ ids: z.array(id).min(1).max(500).optional(), all: z.literal(true).optional() })
  .refine((b) => Boolean(b.ids) !== Boolean(b.all), { message: 'Give either ids or all: true', path: ['ids'] });

export const channelPreference = z.object({ inApp: z.boolean(), email: z.boolean() });
export type ChannelPreference = z.infer<typeof channelPreference>;
export const notificationPreferences = z.record(z.enum(NOTIFICATION_KINDS), channelPreference);
export type NotificationPreferences = Record<NotificationKind, ChannelPreference>;
export const notificationPreferencesUpdate = z.partialRecord(
  z.enum(NOTIFICATION_KINDS),
  z.strictObject({ inApp: z.boolean().optional(), email: z.boolean().optional() }),
);

/** What a user gets before choosing: everything in the app, email only for what is time-critical. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  task_assigned: { inApp: true, email: true },
  reminder_due: { inApp: true, email: true },
  task_overdue: { inApp: true, email: false },
  record_assigned: { inApp: true, email: false },
  mention: { inApp: true, email: true },
  lead_assigned: { inApp: true, email: true },
};
