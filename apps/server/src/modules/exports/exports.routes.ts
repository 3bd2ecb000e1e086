import { companyExportQuery, contactExportQuery } from '@spilno/schema';
import type { FastifyReply } from 'fastify';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { type ExportFile, exportCompanies, exportContacts } from './exports.service.ts';

function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

/** Exports stream as they are read, batch by batch; what a caller may read is decided by the list's own visibility rules. */
export async function exportsRoutes(app: App) {
  const tags = ['exports'];

  app.get(
    '/api/v1/exports/contacts',
    { config: { ability: 'exports.run' }, schema: { tags, querystring: contactExportQuery } },
    async (req, reply) => sendFile(reply, await exportContacts(ctxOf(req), req.query)),
  );

  app.get(
    '/api/v1/exports/companies',
    { config: { ability: 'exports.run' }, schema: { tags, querystring: companyExportQuery } },
    async (req, reply) => sendFile(reply, await exportCompanies(ctxOf(req), req.query)),
  );
}
