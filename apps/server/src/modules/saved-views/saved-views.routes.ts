import { idParams, savedView, savedViewCreate, savedViewListQuery, savedViewUpdate } from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from './saved-views.service.ts';

export async function savedViewsRoutes(app: App) {
  const tags = ['saved-views'];
  // Anyone who reads a list may keep views of it; the list itself still enforces what they see.
  const config = { ability: 'profile.self' } as const;
  app.get(
    '/api/v1/saved-views',
    {
      config,
      schema: {
        tags,
        querystring: savedViewListQuery,
        response: { 200: z.object({ items: z.array(savedView), nextCursor: z.null() }) },
      },
    },
    async (req) => ({ items: await listSavedViews(ctxOf(req), req.query.entity), nextCursor: null }),
  );
  app.post(
    '/api/v1/saved-views',
    { config, schema: { tags, body: savedViewCreate, response: { 201: savedView } } },
    async (req, reply) => reply.code(201).send(await createSavedView(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/v1/saved-views/:id',
    { config, schema: { tags, params: idParams, body: savedViewUpdate, response: { 200: savedView } } },
    (req) => updateSavedView(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/saved-views/:id', { config, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteSavedView(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
}
