import { customField, customFieldCreate, customFieldListQuery, customFieldUpdate, idParams } from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { createCustomField, deleteCustomField, listCustomFields, updateCustomField } from './custom-fields.service.ts';

export async function customFieldsRoutes(app: App) {
  const tags = ['custom-fields'];
  // A short list of definitions (tens), so it is returned whole rather than paged.
  app.get(
    '/api/v1/custom-fields',
    {
      config: { ability: 'profile.self' },
      schema: {
        tags,
        querystring: customFieldListQuery,
        response: { 200: z.object({ items: z.array(customField), nextCursor: z.null() }) },
      },
    },
    async (req) => ({ items: await listCustomFields(app.deps.db, req.query.entity), nextCursor: null }),
  );
  app.post(
    '/api/v1/custom-fields',
    { config: { ability: 'settings.manage' }, schema: { tags, body: customFieldCreate, response: { 201: customField } } },
    async (req, reply) => reply.code(201).send(await createCustomField(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/v1/custom-fields/:id',
    {
      config: { ability: 'settings.manage' },
      schema: { tags, params: idParams, body: customFieldUpdate, response: { 200: customField } },
    },
    (req) => updateCustomField(ctxOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/custom-fields/:id',
    { config: { ability: 'settings.manage' }, schema: { tags, params: idParams } },
    async (req, reply) => {
      await deleteCustomField(ctxOf(req), req.params.id);
      return reply.code(204).send();
    },
  );
}
