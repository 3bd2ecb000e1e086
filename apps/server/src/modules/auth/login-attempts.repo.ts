import type { LoginAttempt, loginHistoryQuery } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { LOCKOUT, LOCKOUT_LOOKBACK_MS, lockedUntil } from '../../auth/lockout.ts';
import type { DB } from '../../db/types.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';
import { newId } from '../../lib/ids.ts';
import { isoIn, nowIso } from '../../lib/time.ts';

export const INVALID_CREDENTIALS = 'invalid_credentials';

export async function recordLoginAttempt(
  db: Kysely<DB>,
  attempt: {
    email: string;
    userId: string | null;
    ip: string | null;
    userAgent: string | null;
    success: boolean;
    reason: string | null;
  },
): Promise<void> {
  const at = nowIso();
  await db
    .insertInto('login_attempts')
    .values({
      id: newId(),
      email: attempt.email,
      user_id: attempt.userId,
      ip: attempt.ip,
      user_agent: attempt.userAgent,
      success: attempt.success ? 1 : 0,
      reason: attempt.reason,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

async function failureTimes(db: Kysely<DB>, by: 'email' | 'ip', value: string): Promise<number[]> {
  const rows = await db
    .selectFrom('login_attempts')
    .select('created_at')
    .where(by, '=', value)
    .where('created_at', '>', isoIn(-LOCKOUT_LOOKBACK_MS))
    .where('reason', '=', INVALID_CREDENTIALS)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => Date.parse(r.created_at));
}

/** When the account or the address is locked, the time the lock ends (ms); otherwise null. */
export async function lockEnd(db: Kysely<DB>, email: string, ip: string | null): Promise<number | null> {
  const now = Date.now();
  const account = lockedUntil(await failureTimes(db, 'email', email), LOCKOUT.accountFailures, now);
  const address = ip ? lockedUntil(await failureTimes(db, 'ip', ip), LOCKOUT.addressFailures, now) : null;
  return account === null && address === null ? null : Math.max(account ?? 0, address ?? 0);
}

export async function listLoginAttempts(db: Kysely<DB>, q: z.infer<typeof loginHistoryQuery>) {
  let query = db
    .selectFrom('login_attempts')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (q.userId) query = query.where('user_id', '=', q.userId);
  if (q.success) query = query.where('success', '=', q.success === 'true' ? 1 : 0);
  if (q.q) query = query.where('email', '=', q.q.toLowerCase());
  if (q.cursor) query = query.where('id', '<', String(decodeCursor(q.cursor, 1)[0]));
  return toPage(
    await query.execute(),
    q.limit,
    (r): LoginAttempt => ({
      id: r.id,
      createdAt: r.created_at,
      email: r.email,
      userId: r.user_id,
      ip: r.ip,
      userAgent: r.user_agent,
      success: Boolean(r.success),
      reason: r.reason,
    }),
    (r) => [r.id],
  );
}
