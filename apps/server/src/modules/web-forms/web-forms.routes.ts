import { idParams, webForm, webFormCreate, webFormSnippet, webFormSubmission, webFormUpdate } from '@spilno/schema';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { embedScript, htmlSnippet, resultPage } from './embed-script.ts';
import {
  createWebForm,
  deleteWebForm,
  findWebForm,
  getWebForm,
  listWebForms,
  presentWebForm,
  updateWebForm,
} from './web-forms.service.ts';
import { originAllowed, submitWebForm } from './web-forms.submit.ts';

const formParams = z.strictObject({ formId: z.uuid() });

export async function webFormsRoutes(app: App) {
  const tags = ['web-forms'];
  const manage = { ability: 'settings.manage' } as const;
  const endpoint = (id: string) => `${app.deps.config.publicUrl}/api/v1/public/forms/${id}`;

  app.get(
    '/api/v1/web-forms',
    { config: manage, schema: { tags, response: { 200: z.object({ items: z.array(webForm), nextCursor: z.null() }) } } },
    async () => ({
      items: await listWebForms(app.deps.db),
      nextCursor: null,
    }),
  );
  app.post(
    '/api/v1/web-forms',
    { config: manage, schema: { tags, body: webFormCreate, response: { 201: webForm } } },
    async (req, reply) => reply.code(201).send(await createWebForm(ctxOf(req), req.body)),
  );
  app.get('/api/v1/web-forms/:id', { config: manage, schema: { tags, params: idParams, response: { 200: webForm } } }, (req) =>
    getWebForm(app.deps.db, req.params.id),
  );
  app.get(
    '/api/v1/web-forms/:id/snippet',
    { config: manage, schema: { tags, params: idParams, response: { 200: webFormSnippet } } },
    async (req) => {
      const form = await getWebForm(app.deps.db, req.params.id);
      return {
        endpoint: endpoint(form.id),
        script: `<script src="${endpoint(form.id)}/embed.js" data-lang="uk" async></script>`,
        html: htmlSnippet(endpoint(form.id)),
      };
    },
  );
  app.patch(
    '/api/v1/web-forms/:id',
    { config: manage, schema: { tags, params: idParams, body: webFormUpdate, response: { 200: webForm } } },
    (req) => updateWebForm(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/web-forms/:id', { config: manage, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteWebForm(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });

  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // A plain HTML form posts form-encoded; the embedded script posts JSON.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );

    /** CORS for the origins the admin allowed; everything else gets a 403 before any work. */
    async function allowOrigin(formId: string, origin: string | undefined, reply: FastifyReply) {
      const row = await findWebForm(app.deps.db, formId);
      if (row && !originAllowed(presentWebForm(row).allowedOrigins, origin, app.deps.config.publicUrl)) {
        throw new AppError('forbidden', 'This website may not send this form.');
      }
      if (origin) reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    }

    const publicRoute = { ability: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } } as const;
    scope.options(
      '/api/v1/public/forms/:formId',
      { config: publicRoute, schema: { hide: true, params: formParams } },
      async (req, reply) => {
        await allowOrigin(req.params.formId, req.headers.origin, reply);
        return reply
          .header('access-control-allow-methods', 'POST')
          .header('access-control-allow-headers', 'content-type')
          .header('access-control-max-age', '86400')
          .code(204)
          .send();
      },
    );
    scope.post(
      '/api/v1/public/forms/:formId',
      { config: publicRoute, schema: { tags, params: formParams, body: webFormSubmission } },
      async (req, reply) => {
        await allowOrigin(req.params.formId, req.headers.origin, reply);
        const result = await submitWebForm(app.deps, req.params.formId, req.body, req.actor);
        if (req.headers['content-type']?.startsWith('application/json'))
          return reply.code(201).send({ message: result.message, redirectUrl: result.redirectUrl });
        if (result.redirectUrl) return reply.redirect(result.redirectUrl, 303);
        return reply.code(201).type('text/html; charset=utf-8').send(resultPage(result.message));
      },
    );
    scope.get(
      '/api/v1/public/forms/:formId/embed.js',
      { config: { ability: 'public' }, schema: { hide: true, params: formParams } },
      async (req, reply) => {
        const row = await findWebForm(app.deps.db, req.params.formId);
        if (!row?.active) throw new AppError('not_found', 'This form does not exist.');
        // Other websites load this script, so it must not be locked to our origin.
        return reply
          .type('text/javascript; charset=utf-8')
          .header('cross-origin-resource-policy', 'cross-origin')
          .header('cache-control', 'public, max-age=300')
          .send(embedScript(endpoint(row.id)));
      },
    );
  });
}
