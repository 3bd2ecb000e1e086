import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { nowIso } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { feedLines } from './calendar.ics-feed.ts';
import { serialize } from './ics.ts';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new secret URL for the caller's calendar; the previous one stops working at once. */
export async function createFeed(ctx: Ctx, publicUrl: string): Promise<{ url: string }> {
  const token = randomBytes(24).toString('base64url');
  await inTransaction(ctx, async (tx) => {
    const at = nowIso();
    await tx.db
      .insertInto('calendar_feeds')
      .values({ user_id: tx.user.id, token_hash: hash(token), created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: hash(token), updated_at: at }))
      .execute();
    await recordAudit(tx.db, tx.actor, { action: 'update', entityType: 'calendar_feed', entityId: tx.user.id, changes: null });
  });
  return { url: `${publicUrl}/api/v1/calendar/feed/${token}.ics` };
}

export async function revokeFeed(ctx: Ctx): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await tx.db.deleteFrom('calendar_feeds').where('user_id', '=', tx.user.id).execute();
    await recordAudit(tx.db, tx.actor, { action: 'delete', entityType: 'calendar_feed', entityId: tx.user.id, changes: null });
  });
}

/** The iCalendar text for a token; an unknown or revoked token is simply not found. */
export async function renderFeed(db: Kysely<DB>, token: string): Promise<string> {
  const feed = await db
    .selectFrom('calendar_feeds')
    .innerJoin('users', 'users.id', 'calendar_feeds.user_id')
    .select(['users.id', 'users.name', 'users.status'])
    .where('calendar_feeds.token_hash', '=', hash(token))
    .executeTakeFirst();
  if (!feed || feed.status !== 'active') throw notFound('calendar');
  return serialize(await feedLines(db, feed));
}
