import {
  boardColumn,
  boardQuery,
  deal,
  dealCreate,
  dealListQuery,
  dealUpdate,
  forecastMonth,
  forecastQuery,
  idParams,
  page,
} from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { dealBoard, dealForecast } from './deals.board.ts';
import { listDeals } from './deals.repo.ts';
import { createDeal, deleteDeal, getDeal, updateDeal } from './deals.service.ts';

export async function dealsRoutes(app: App) {
  const tags = ['deals'];
  const read = { ability: 'deals.read.own' } as const;
  const write = { ability: 'deals.write.own' } as const;
  app.get('/api/v1/deals', { config: read, schema: { tags, querystring: dealListQuery, response: { 200: page(deal) } } }, (req) =>
    listDeals(ctxOf(req), req.query),
  );
  app.get(
    '/api/v1/deals/board',
    { config: read, schema: { tags, querystring: boardQuery, response: { 200: z.object({ columns: z.array(boardColumn) }) } } },
    async (req) => ({
      columns: await dealBoard(ctxOf(req), req.query),
    }),
  );
  app.get(
    '/api/v1/deals/forecast',
    {
      config: read,
      schema: { tags, querystring: forecastQuery, response: { 200: z.object({ months: z.array(forecastMonth) }) } },
    },
    async (req) => ({
      months: await dealForecast(ctxOf(req), req.query),
    }),
  );
  app.post('/api/v1/deals', { config: write, schema: { tags, body: dealCreate, response: { 201: deal } } }, async (req, reply) =>
    reply.code(201).send(await createDeal(ctxOf(req), req.body)),
  );
  app.get('/api/v1/deals/:id', { config: read, schema: { tags, params: idParams, response: { 200: deal } } }, (req) =>
    getDeal(ctxOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/deals/:id',
    { config: write, schema: { tags, params: idParams, body: dealUpdate, response: { 200: deal } } },
    (req) => updateDeal(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/deals/:id', { config: write, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteDeal(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
}
