import type { Session } from '@spilno/schema';
import type { Kysely } from 'kysely';
import { hashToken, newToken } from '../../auth/tokens.ts';
import type { DB } from '../../db/types.ts';
import { newId } from '../../lib/ids.ts';
import { isoIn, nowIso } from '../../lib/time.ts';

export type NewSession = { id: string; token: string; csrfToken: string; expiresAt: string };

export async function createSession(
  db: Kysely<DB>,
  userId: string,
  client: { ip: string | null; userAgent: string | null },
  absoluteMs: number,
): Promise<NewSession> {
  const at = nowIso();
  const session = { id: newId(), token: newToken(), csrfToken: newToken(), expiresAt: isoIn(absoluteMs) };
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: userId,
      token_hash: hashToken(session.token),
      csrf_token: session.csrfToken,
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 500) ?? null,
      last_seen_at: at,
      expires_at: session.expiresAt,
      revoked_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return session;
}

/** The live session behind a token with its user, or undefined; expiry is judged by the caller. */
export const findSessionByToken = (db: Kysely<DB>, token: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.status',
    ])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.revoked_at', 'is', null)
    .executeTakeFirst();

export const touchSession = (db: Kysely<DB>, id: string, at: string) =>
  db.updateTable('sessions').set({ last_seen_at: at, updated_at: at }).where('id', '=', id).execute();

/** Revokes every live session of a user, except the one named (password change keeps the caller in). */
export async function revokeUserSessions(db: Kysely<DB>, userId: string, exceptId?: string): Promise<void> {
  const at = nowIso();
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: at, updated_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}

export async function revokeSession(db: Kysely<DB>, userId: string, id: string): Promise<boolean> {
  const at = nowIso();
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: at, updated_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A user's live sessions, newest first; few enough per user that one page holds them all. */
export async function listLiveSessions(db: Kysely<DB>, userId: string, currentId: string, idleMs: number): Promise<Session[]> {
  const now = nowIso();
  const idleCutoff = isoIn(-idleMs);
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', idleCutoff)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    userAgent: r.user_agent,
    current: r.id === currentId,
  }));
}
