import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { notify } from './notifications.service.ts';

/** `@Olena Koval` or `@Olena`: the name right after an @, at most three words long. */
const MENTION = /(^|[\s(])@([\p{L}\p{N}'’-]+(?:[ \u00a0][\p{L}\p{N}'’-]+){0,2})/gu;

/** Who a note mentions: active users whose full name, or first name, follows an @. */
export async function mentionedUsers(db: Kysely<DB>, body: string): Promise<{ id: string; name: string }[]> {
  const spans = [...body.matchAll(MENTION)].map((m) => (m[2] ?? '').toLowerCase());
  if (spans.length === 0) return [];
  const users = await db.selectFrom('users').select(['id', 'name']).where('status', '=', 'active').execute();
  return users.filter((u) => {
    const full = u.name.toLowerCase();
    const first = full.split(/\s+/)[0] ?? full;
    return spans.some((s) => s === full || s.startsWith(`${full} `) || s === first || s.startsWith(`${first} `));
  });
}

/**
 * The hook the activities module calls after saving a note (in its transaction): everyone the
 * note mentions hears about it, except its author.
 */
export async function notifyMentions(
  db: Kysely<DB>,
  note: { body: string; authorId: string | null; authorName: string | null; entityType: string; entityId: string },
): Promise<string[]> {
  const users = (await mentionedUsers(db, note.body)).filter((u) => u.id !== note.authorId);
  for (const u of users) {
    await notify(db, {
      userId: u.id,
      kind: 'mention',
      title: `${note.authorName ?? 'Someone'} mentioned you`,
      body: note.body.slice(0, 500),
      entityType: note.entityType,
      entityId: note.entityId,
    });
  }
  return users.map((u) => u.id);
}
