import { calendarAnswer, calendarFeed, calendarQuery } from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { createFeed, renderFeed, revokeFeed } from './calendar.feed.ts';
import { calendarEvents } from './calendar.service.ts';

export async function calendarRoutes(app: App) {
  const tags = ['calendar'];
  const read = { ability: 'tasks.read.own' } as const;
  app.get(
    '/api/v1/calendar',
    { config: read, schema: { tags, querystring: calendarQuery, response: { 200: calendarAnswer } } },
    (req) => calendarEvents(ctxOf(req), req.query),
  );
  app.post('/api/v1/calendar/feed', { config: read, schema: { tags, response: { 201: calendarFeed } } }, async (req, reply) =>
    reply.code(201).send(await createFeed(ctxOf(req), app.deps.config.publicUrl)),
  );
  app.delete('/api/v1/calendar/feed', { config: read, schema: { tags } }, async (req, reply) => {
    await revokeFeed(ctxOf(req));
    return reply.code(204).send();
  });
  // Calendar apps cannot sign in: the secret in the address is the credential.
  app.get(
    '/api/v1/calendar/feed/:token.ics',
    { config: { ability: 'public' }, schema: { tags, params: z.strictObject({ token: z.string().regex(/^[\w-]{20,64}$/) }) } },
    async (req, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await renderFeed(app.deps.db, req.params.token)),
  );
}
