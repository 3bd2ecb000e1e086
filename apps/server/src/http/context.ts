import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { authOf } from '../auth/guard.ts';
import type { Engine } from '../db/connection.ts';
import type { DB } from '../db/types.ts';
import type { Actor } from '../modules/audit/audit.service.ts';
import type { AuthUser } from './app-types.ts';

/**
 * What a service needs to act for someone: the database (or the transaction it runs in), the
 * engine (search differs), who is acting (for the audit log) and their role (for visibility).
 * Jobs build one for the user who started them.
 */
export type Ctx = { db: Kysely<DB>; engine: Engine; actor: Actor; user: AuthUser };

export function ctxOf(req: FastifyRequest): Ctx {
  const { db, engine } = req.server.deps;
  return { db, engine, actor: req.actor, user: authOf(req).user };
}

/**
 * The context of a user outside a request: a job acts as the user who asked for it (an import as
 * the importer, whose role decides what it may update and who owns what it creates).
 */
export async function ctxOfUser(
  db: Kysely<DB>,
  engine: Engine,
  userId: string,
  p: { ip: string | null; userAgent: string | null },
): Promise<Ctx> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'status'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    db,
    engine,
    user: user as AuthUser,
    actor: { userId: user.id, userName: user.name, ip: p.ip, userAgent: p.userAgent },
  };
}

/** Runs `work` in a transaction, or in the caller's when there already is one. */
export async function inTransaction<T>(ctx: Ctx, work: (trx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}
