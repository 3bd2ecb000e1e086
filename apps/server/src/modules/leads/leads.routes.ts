import {
  idParams,
  lead,
  leadBoardQuery,
  leadConversion,
  leadConvert,
  leadCreate,
  leadListQuery,
  leadUpdate,
  page,
} from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { convertLead } from './leads.convert.ts';
import { listLeads } from './leads.repo.ts';
import { createLead, deleteLead, getLead, leadBoard, updateLead } from './leads.service.ts';

const column = z.object({ column: z.string(), count: z.number().int(), leads: z.array(lead), nextCursor: z.string().nullable() });

export async function leadsRoutes(app: App) {
  const tags = ['leads'];
  const read = { ability: 'leads.read.own' } as const;
  const write = { ability: 'leads.write.own' } as const;
  app.get('/api/v1/leads', { config: read, schema: { tags, querystring: leadListQuery, response: { 200: page(lead) } } }, (req) =>
    listLeads(ctxOf(req), req.query),
  );
  app.get(
    '/api/v1/leads/board',
    { config: read, schema: { tags, querystring: leadBoardQuery, response: { 200: z.object({ columns: z.array(column) }) } } },
    async (req) => ({
      columns: await leadBoard(ctxOf(req), req.query),
    }),
  );
  app.post('/api/v1/leads', { config: write, schema: { tags, body: leadCreate, response: { 201: lead } } }, async (req, reply) =>
    reply.code(201).send(await createLead(ctxOf(req), req.body)),
  );
  app.get('/api/v1/leads/:id', { config: read, schema: { tags, params: idParams, response: { 200: lead } } }, (req) =>
    getLead(ctxOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/leads/:id',
    { config: write, schema: { tags, params: idParams, body: leadUpdate, response: { 200: lead } } },
    (req) => updateLead(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/leads/:id', { config: write, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteLead(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
  app.post(
    '/api/v1/leads/:id/convert',
    { config: write, schema: { tags, params: idParams, body: leadConvert, response: { 200: leadConversion } } },
    (req) => convertLead(ctxOf(req), req.params.id, req.body),
  );
}
