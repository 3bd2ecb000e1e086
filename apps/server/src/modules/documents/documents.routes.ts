import { document, documentCreate, documentFileQuery, documentListQuery, documentSend, idParams, page } from '@spilno/schema';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { listDocuments } from './documents.repo.ts';
import { createDocument, documentFile, getDocument, sendDocument } from './documents.service.ts';

export async function documentsRoutes(app: App) {
  const tags = ['documents'];
  const read = { ability: 'documents.read.own' } as const;
  const write = { ability: 'documents.write.own' } as const;
  app.get(
    '/api/v1/documents',
    { config: read, schema: { tags, querystring: documentListQuery, response: { 200: page(document) } } },
    (req) => listDocuments(ctxOf(req), req.query),
  );
  app.post(
    '/api/v1/documents',
    { config: write, schema: { tags, body: documentCreate, response: { 201: document } } },
    async (req, reply) => reply.code(201).send(await createDocument(ctxOf(req), req.body)),
  );
  app.get('/api/v1/documents/:id', { config: read, schema: { tags, params: idParams, response: { 200: document } } }, (req) =>
    getDocument(ctxOf(req), req.params.id),
  );
  app.get(
    '/api/v1/documents/:id/file',
    { config: read, schema: { tags, params: idParams, querystring: documentFileQuery } },
    async (req, reply) => {
      const file = await documentFile(ctxOf(req), req.params.id, req.query.format);
      return reply
        .header('content-type', file.type)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(file.body);
    },
  );
  // The web previews the PDF in a frame: inline, and framable by our own pages only (the app-wide CSP says 'none').
  app.get('/api/v1/documents/:id/preview', { config: read, schema: { tags, params: idParams } }, async (req, reply) => {
    const file = await documentFile(ctxOf(req), req.params.id, 'pdf');
    return reply
      .header('content-type', file.type)
      .header('content-disposition', `inline; filename="${file.name}"`)
      .header('content-security-policy', "frame-ancestors 'self'")
      .send(file.body);
  });
  app.post(
    '/api/v1/documents/:id/send',
    { config: write, schema: { tags, params: idParams, body: documentSend, response: { 200: document } } },
    (req) => sendDocument(ctxOf(req), app.deps.mailer, req.params.id, req.body),
  );
}
