import { idParams, pipeline, pipelineCreate, pipelineUpdate } from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { createPipeline, deletePipeline, getPipeline, listPipelines, updatePipeline } from './pipelines.service.ts';

export async function pipelinesRoutes(app: App) {
  const tags = ['pipelines'];
  const read = { ability: 'deals.read.own' } as const;
  const manage = { ability: 'pipelines.manage' } as const;
  // A company has a handful of pipelines, so the list is whole (nextCursor is always null).
  app.get(
    '/api/v1/pipelines',
    { config: read, schema: { tags, response: { 200: z.object({ items: z.array(pipeline), nextCursor: z.null() }) } } },
    async () => ({
      items: await listPipelines(app.deps.db),
      nextCursor: null,
    }),
  );
  app.get('/api/v1/pipelines/:id', { config: read, schema: { tags, params: idParams, response: { 200: pipeline } } }, (req) =>
    getPipeline(app.deps.db, req.params.id),
  );
  app.post(
    '/api/v1/pipelines',
    { config: manage, schema: { tags, body: pipelineCreate, response: { 201: pipeline } } },
    async (req, reply) => reply.code(201).send(await createPipeline(ctxOf(req), req.body)),
  );
  app.patch(
    '/api/v1/pipelines/:id',
    { config: manage, schema: { tags, params: idParams, body: pipelineUpdate, response: { 200: pipeline } } },
    (req) => updatePipeline(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/pipelines/:id', { config: manage, schema: { tags, params: idParams } }, async (req, reply) => {
    await deletePipeline(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
}
