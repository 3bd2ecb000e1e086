import type { LoginBody, RegisterBody, User } from '@spilno/schema';
import { sql } from 'kysely';
import { burnVerifyTime, hashPassword, verifyPassword } from '../../auth/passwords.ts';
import type { AuthContext, Deps } from '../../http/app-types.ts';
import { AppError } from '../../http/errors.ts';
import { nowIso } from '../../lib/time.ts';
import { type Actor, recordAudit } from '../audit/audit.service.ts';
import { countUsers, findUserWithPassword, presentUser } from '../users/users.repo.ts';
import { assertStrongPassword, insertUser } from '../users/users.service.ts';
import { INVALID_CREDENTIALS, lockEnd, recordLoginAttempt } from './login-attempts.repo.ts';
import { createSession, type NewSession, revokeSession, revokeUserSessions } from './sessions.repo.ts';

const client = (actor: Actor) => ({ ip: actor.ip, userAgent: actor.userAgent });

/** The very first account becomes an active admin and is signed in; later ones wait as pending. */
export async function register(deps: Deps, actor: Actor, body: RegisterBody & { email: string }) {
  return deps.db.transaction().execute(async (trx) => {
    // Two first sign-ups at once must not both become admin.
    if (deps.engine === 'postgres') await sql`lock table users in exclusive mode`.execute(trx);
    const first = (await countUsers(trx)) === 0;
    const user = await insertUser(trx, actor, {
      ...body,
      role: first ? 'admin' : 'manager',
      status: first ? 'active' : 'pending',
      locale: 'en',
    });
    const session = first ? await createSession(trx, user.id, client(actor), deps.config.sessionAbsoluteMs) : null;
    return { user: presentUser(user), session };
  });
}

export async function login(
  deps: Deps,
  actor: Actor,
  body: LoginBody & { email: string },
): Promise<{ user: User; session: NewSession }> {
  const { db } = deps;
  const attempt = { email: body.email, ip: actor.ip, userAgent: actor.userAgent };
  const lockedTill = await lockEnd(db, body.email, actor.ip);
  if (lockedTill !== null) {
    await recordLoginAttempt(db, { ...attempt, userId: null, success: false, reason: 'locked' });
    const minutes = Math.ceil((lockedTill - Date.now()) / 60_000);
    throw new AppError(
      'rate_limited',
      `Too many failed sign-ins. For your security, signing in is blocked for ${minutes} more minute(s).`,
      undefined,
      { 'retry-after': String(Math.ceil((lockedTill - Date.now()) / 1000)) },
    );
  }
  const found = await findUserWithPassword(db, { email: body.email });
  let valid = false;
  if (found) valid = await verifyPassword(found.password_hash, body.password);
  else await burnVerifyTime(body.password);
  if (!found || !valid) {
    await db.transaction().execute(async (trx) => {
      await recordLoginAttempt(trx, { ...attempt, userId: found?.id ?? null, success: false, reason: INVALID_CREDENTIALS });
      await recordAudit(trx, actor, {
        action: 'login_failed',
        entityType: 'user',
        entityId: found?.id ?? null,
        changes: { email: [null, body.email] },
      });
    });
    throw new AppError('unauthorized', 'Wrong email or password.');
  }
  if (found.status !== 'active') {
    await recordLoginAttempt(db, { ...attempt, userId: found.id, success: false, reason: found.status });
    throw new AppError(
      'forbidden',
      found.status === 'pending'
        ? 'Your account is waiting for an administrator to activate it.'
        : 'Your account has been deactivated. Ask an administrator.',
    );
  }
  return db.transaction().execute(async (trx) => {
    const session = await createSession(trx, found.id, client(actor), deps.config.sessionAbsoluteMs);
    const at = nowIso();
    await trx.updateTable('users').set({ last_login_at: at }).where('id', '=', found.id).execute();
    await recordLoginAttempt(trx, { ...attempt, userId: found.id, success: true, reason: null });
    await recordAudit(
      trx,
      { ...actor, userId: found.id, userName: found.name },
      { action: 'login', entityType: 'session', entityId: session.id },
    );
    const { password_hash: _, ...user } = found;
    return { user: presentUser({ ...user, last_login_at: at }), session };
  });
}

export async function logout(deps: Deps, actor: Actor, auth: AuthContext): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await revokeSession(trx, auth.user.id, auth.sessionId);
    await recordAudit(trx, actor, { action: 'logout', entityType: 'session', entityId: auth.sessionId });
  });
}

/** Changing the password signs out every other session of the user. */
export async function changePassword(deps: Deps, actor: Actor, auth: AuthContext, current: string, next: string): Promise<void> {
  const found = await findUserWithPassword(deps.db, { id: auth.user.id });
  if (!found || !(await verifyPassword(found.password_hash, current))) {
    throw new AppError('invalid', 'The current password is wrong.', [{ path: 'currentPassword', message: 'Wrong password' }]);
  }
  assertStrongPassword(next, found, 'newPassword');
  const hash = await hashPassword(next);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, updated_at: nowIso() }).where('id', '=', found.id).execute();
    await revokeUserSessions(trx, found.id, auth.sessionId);
    await recordAudit(trx, actor, { action: 'password_change', entityType: 'user', entityId: found.id });
  });
}
