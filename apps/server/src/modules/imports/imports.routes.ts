import multipart from '@fastify/multipart';
import {
  dryRunResult,
  idParams,
  importCreateFields,
  importErrorsQuery,
  importListQuery,
  importResource,
  importRun,
  importUpdate,
  page,
} from '@spilno/schema';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { csvLine, UTF8_BOM } from '../exports/csv.ts';
import { listImportErrors, listImports, presentImport } from './imports.repo.ts';
import { createImport, getImportFor, presentWithPreview, runImport, updateImport } from './imports.service.ts';
import { undoImport } from './imports.undo.ts';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Reads the multipart upload: the file and the text fields, in whatever order the client sent them. */
async function readUpload(req: FastifyRequest) {
  if (!req.isMultipart()) throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data.');
  let file: { name: string; bytes: Buffer } | null = null;
  const fields: Record<string, unknown> = {};
  for await (const part of req.parts()) {
    if (part.type === 'file') file = { name: part.filename || 'upload', bytes: await part.toBuffer() };
    else fields[part.fieldname] = part.value;
  }
  if (!file) throw new AppError('invalid', 'Attach the file to import.', [{ path: 'file', message: 'Required' }]);
  if (typeof fields.mapping === 'string') {
    try {
      fields.mapping = JSON.parse(fields.mapping);
    } catch {
      throw new AppError('invalid', 'The mapping is not valid JSON.', [{ path: 'mapping', message: 'Invalid JSON' }]);
    }
  }
  const parsed = importCreateFields.safeParse(fields);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw new AppError('invalid', 'The import settings are not valid.', errors);
  }
  return { file, fields: parsed.data };
}

export async function importsRoutes(app: App) {
  await app.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 } });
  const tags = ['imports'];
  const config = { ability: 'imports.run' } as const;

  app.post(
    '/api/v1/imports',
    { config, schema: { tags, consumes: ['multipart/form-data'], response: { 201: importResource } } },
    async (req, reply) => {
      const { file, fields } = await readUpload(req);
      return reply.code(201).send(await createImport(ctxOf(req), file, fields));
    },
  );

  app.get(
    '/api/v1/imports',
    { config, schema: { tags, querystring: importListQuery, response: { 200: page(importResource) } } },
    (req) => {
      const { user } = ctxOf(req);
      // The same rule as opening one: admins look after everyone's imports, others see their own.
      if (req.query.scope === 'all' && user.role !== 'admin')
        throw new AppError('forbidden', 'Only administrators see everyone’s imports.');
      return listImports(req.server.deps.db, req.query.scope === 'all' ? null : user.id, req.query);
    },
  );

  app.get(
    '/api/v1/imports/:id',
    { config, schema: { tags, params: idParams, response: { 200: importResource } } },
    async (req) => {
      const ctx = ctxOf(req);
      return presentWithPreview(ctx, await getImportFor(ctx, req.params.id));
    },
  );

  app.patch(
    '/api/v1/imports/:id',
    { config, schema: { tags, params: idParams, body: importUpdate, response: { 200: importResource } } },
    (req) => updateImport(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/imports/:id/run',
    {
      config,
      schema: { tags, params: idParams, body: importRun.optional(), response: { 200: dryRunResult, 202: importResource } },
    },
    async (req, reply) => {
      const dryRun = req.body?.dryRun ?? false;
      const result = await runImport(ctxOf(req), req.params.id, dryRun);
      return reply.code(dryRun ? 200 : 202).send(result);
    },
  );

  // Accepted: the import shows "undoing" and its progress until a job has put everything back.
  app.post(
    '/api/v1/imports/:id/undo',
    { config, schema: { tags, params: idParams, response: { 202: importResource } } },
    async (req, reply) => reply.code(202).send(await undoImport(ctxOf(req), req.params.id)),
  );

  app.get(
    '/api/v1/imports/:id/errors',
    // JSON (a page of `importError`) or a CSV download, so no single response schema fits.
    { config, schema: { tags, params: idParams, querystring: importErrorsQuery } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const imp = await getImportFor(ctx, req.params.id);
      if (req.query.format === 'json') return listImportErrors(ctx.db, imp.id, req.query);
      // The whole report as a download: every error with the row as it was in the file.
      const columns = presentImport(imp).columns;
      let csv = UTF8_BOM + csvLine(['Row', 'Field', 'Error', ...columns]);
      let cursor: string | undefined;
      do {
        const errors = await listImportErrors(ctx.db, imp.id, { limit: 1000, cursor });
        for (const e of errors.items)
          csv += csvLine([String(e.rowNumber), e.field ?? '', e.message, ...columns.map((c) => String(e.raw[c] ?? ''))]);
        cursor = errors.nextCursor ?? undefined;
      } while (cursor);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${imp.id}-errors.csv"`)
        .send(csv);
    },
  );
}
