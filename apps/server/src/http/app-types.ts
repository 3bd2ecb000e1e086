import type { Ability } from '@spilno/schema';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { Engine } from '../db/connection.ts';
import type { DB, UserRow } from '../db/types.ts';
import type { Mailer } from '../integrations/email/mailer.ts';
import type { Actor } from '../modules/audit/audit.service.ts';

/** What every module reaches through `app.deps`. */
export type Deps = { db: Kysely<DB>; engine: Engine; config: Config; mailer: Mailer };

export type AuthUser = Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'status'> & { role: import('@spilno/schema').Role };

/** The signed-in caller of a request: by session cookie, or by bearer token (no CSRF needed). */
export type AuthContext = { user: AuthUser; sessionId: string; via: 'cookie' | 'bearer'; csrfToken: string };

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
    /** Every /api/v1 route with the ability it declares; the role x route tests walk it. */
    routeTable: { method: string; url: string; ability: Ability | 'public' }[];
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** Every /api/v1 route declares the ability it needs, or 'public'. */
    ability?: Ability | 'public';
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
