import {
  notificationListQuery,
  notificationPage,
  notificationPreferences,
  notificationPreferencesUpdate,
  notificationsRead,
} from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { getPreferences, listNotifications, markRead, updatePreferences } from './notifications.service.ts';
import { endStreamsOnClose, streamNotifications } from './notifications.stream.ts';

/** Everyone has their own notifications: each route needs only a signed-in user. */
export async function notificationsRoutes(app: App) {
  const tags = ['notifications'];
  const self = { ability: 'profile.self' } as const;
  endStreamsOnClose(app);
  app.get(
    '/api/v1/notifications',
    { config: self, schema: { tags, querystring: notificationListQuery, response: { 200: notificationPage } } },
    (req) => listNotifications(ctxOf(req), req.query),
  );
  app.post(
    '/api/v1/notifications/read',
    {
      config: self,
      schema: { tags, body: notificationsRead, response: { 200: z.object({ unreadCount: z.number().int() }) } },
    },
    (req) => markRead(ctxOf(req), req.body),
  );
  app.get('/api/v1/notifications/stream', { config: self, schema: { tags } }, streamNotifications);
  app.get(
    '/api/v1/notifications/preferences',
    { config: self, schema: { tags, response: { 200: notificationPreferences } } },
    (req) => getPreferences(ctxOf(req)),
  );
  app.patch(
    '/api/v1/notifications/preferences',
    { config: self, schema: { tags, body: notificationPreferencesUpdate, response: { 200: notificationPreferences } } },
    (req) => updatePreferences(ctxOf(req), req.body),
  );
}
