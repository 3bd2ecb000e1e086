import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { registerGuard } from './auth/guard.ts';
import type { Config } from './config.ts';
import type { Database } from './db/connection.ts';
import type { App } from './http/app-types.ts';
import { errorHandler } from './http/error-handler.ts';
import { AppError } from './http/errors.ts';
import { serializerCompiler } from './http/serializer.ts';
import { registerWeb } from './http/web.ts';
import { LogMailer, type Mailer } from './integrations/email/mailer.ts';
import { activitiesRoutes } from './modules/activities/activities.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { companiesRoutes } from './modules/companies/companies.routes.ts';
import { contactsRoutes } from './modules/contacts/contacts.routes.ts';
import { customFieldsRoutes } from './modules/custom-fields/custom-fields.routes.ts';
import { dealsRoutes } from './modules/deals/deals.routes.ts';
import { documentsRoutes } from './modules/documents/documents.routes.ts';
import { exportsRoutes } from './modules/exports/exports.routes.ts';
import { followUpsRoutes } from './modules/follow-ups/follow-ups.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { leadsRoutes } from './modules/leads/leads.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { ordersRoutes } from './modules/orders/orders.routes.ts';
import { pipelinesRoutes } from './modules/pipelines/pipelines.routes.ts';
import { productsRoutes } from './modules/products/products.routes.ts';
import { savedViewsRoutes } from './modules/saved-views/saved-views.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { settingsRoutes } from './modules/settings/settings.routes.ts';
import { tasksRoutes } from './modules/tasks/tasks.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { webFormsRoutes } from './modules/web-forms/web-forms.routes.ts';

export type BuildOptions = {
  config: Config;
  database: Database;
  mailer?: Mailer;
  logger?: boolean | FastifyBaseLogger;
  /** Checks every response against its zod schema too (the tests: see `http/serializer.ts`). */
  checkResponses?: boolean;
};

const BODY_LIMIT = 1024 * 1024;

/** Builds the whole app without listening, so tests drive it through inject(). */
export async function buildApp({ config, database, mailer, logger, checkResponses = false }: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler({ check: checkResponses }));
  app.setErrorHandler(errorHandler);
  app.decorate('deps', { db: database.db, engine: database.engine, config, mailer: mailer ?? new LogMailer(app.log) });

  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitMax,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, ctx) =>
      new AppError('rate_limited', `Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s.`),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Spilno CRM API', version: '1' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'spilno_session' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  registerGuard(app);
  await authRoutes(app);
  await usersRoutes(app);
  await auditRoutes(app);
  await settingsRoutes(app);
  await customFieldsRoutes(app);
  await contactsRoutes(app);
  await companiesRoutes(app);
  await activitiesRoutes(app);
  await savedViewsRoutes(app);
  await searchRoutes(app);
  await tasksRoutes(app);
  await calendarRoutes(app);
  await notificationsRoutes(app);
  await followUpsRoutes(app);
  await importsRoutes(app);
  await exportsRoutes(app);
  await productsRoutes(app);
  await pipelinesRoutes(app);
  await dealsRoutes(app);
  await leadsRoutes(app);
  await ordersRoutes(app);
  await documentsRoutes(app);
  await webFormsRoutes(app);
  await registerWeb(app);
  return app;
}
