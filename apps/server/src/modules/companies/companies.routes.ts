import { company, companyCreate, companyListQuery, companyUpdate, idParams, page } from '@spilno/schema';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { listCompanies } from './companies.repo.ts';
import { createCompany, deleteCompany, getCompany, updateCompany } from './companies.service.ts';

export async function companiesRoutes(app: App) {
  const tags = ['companies'];
  const read = { ability: 'companies.read.own' } as const;
  const write = { ability: 'companies.write.own' } as const;
  app.get(
    '/api/v1/companies',
    { config: read, schema: { tags, querystring: companyListQuery, response: { 200: page(company) } } },
    (req) => listCompanies(ctxOf(req), req.query),
  );
  app.post(
    '/api/v1/companies',
    { config: write, schema: { tags, body: companyCreate, response: { 201: company } } },
    async (req, reply) => reply.code(201).send(await createCompany(ctxOf(req), req.body)),
  );
  app.get('/api/v1/companies/:id', { config: read, schema: { tags, params: idParams, response: { 200: company } } }, (req) =>
    getCompany(ctxOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/companies/:id',
    { config: write, schema: { tags, params: idParams, body: companyUpdate, response: { 200: company } } },
    (req) => updateCompany(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/companies/:id', { config: write, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteCompany(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
}
