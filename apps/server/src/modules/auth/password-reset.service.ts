import { hashPassword } from '../../auth/passwords.ts';
import { hashToken, newToken } from '../../auth/tokens.ts';
import type { Deps } from '../../http/app-types.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoIn, nowIso } from '../../lib/time.ts';
import { type Actor, recordAudit } from '../audit/audit.service.ts';
import { findUserWithPassword } from '../users/users.repo.ts';
import { assertStrongPassword } from '../users/users.service.ts';
import { revokeUserSessions } from './sessions.repo.ts';

const RESET_TTL_MS = 60 * 60_000;

/** Always answers the same way, so the form does not reveal which emails have accounts. */
export async function requestPasswordReset(deps: Deps, email: string): Promise<void> {
  const user = await findUserWithPassword(deps.db, { email });
  if (!user || user.status !== 'active') return;
  const token = newToken();
  const at = nowIso();
  await deps.db
    .insertInto('password_resets')
    .values({
      id: newId(),
      user_id: user.id,
      token_hash: hashToken(token),
      expires_at: isoIn(RESET_TTL_MS),
      used_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const link = `${deps.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await deps.mailer.send({
    to: user.email,
    subject: 'Reset your Spilno password',
    text: `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset your Spilno password. Open this link within an hour to choose a new one:\n\n${link}\n\nIf it was not you, ignore this message; your password stays as it is.`,
  });
}

/** One use, one hour; a successful reset signs the user out everywhere. */
export async function confirmPasswordReset(deps: Deps, actor: Actor, token: string, password: string): Promise<void> {
  const invalid = new AppError('invalid', 'This reset link is invalid or has expired. Ask for a new one.', [
    { path: 'token', message: 'Invalid or expired' },
  ]);
  const reset = await deps.db
    .selectFrom('password_resets')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!reset || reset.used_at || reset.expires_at <= nowIso()) throw invalid;
  const user = await findUserWithPassword(deps.db, { id: reset.user_id });
  if (!user || user.status !== 'active') throw invalid;
  assertStrongPassword(password, user);
  const hash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    const at = nowIso();
    const claimed = await trx
      .updateTable('password_resets')
      .set({ used_at: at, updated_at: at })
      .where('id', '=', reset.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw invalid;
    await trx.updateTable('users').set({ password_hash: hash, updated_at: at }).where('id', '=', user.id).execute();
    await revokeUserSessions(trx, user.id);
    await recordAudit(
      trx,
      { ...actor, userId: user.id, userName: user.name },
      { action: 'password_reset', entityType: 'user', entityId: user.id },
    );
  });
}
