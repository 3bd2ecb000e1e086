import { sql } from 'kysely';
import type { Deps } from '../../http/app-types.ts';

const BATCH = 50;
/** Tries per email; the waits between them double from one minute (1, 2, 4, 8 min). */
export const EMAIL_ATTEMPTS = 5;
const retryDelayMs = (attempt: number) => 60_000 * 2 ** (attempt - 1);

const linkOf = (publicUrl: string, type: string | null, id: string | null): string => {
  if (!type || !id) return `${publicUrl}/`;
  const path = { task: 'tasks', contact: 'contacts', company: 'companies' }[type] ?? `${type}s`;
  return `${publicUrl}/${path}/${id}`;
};

/**
 * Mails notifications whose user wants email. Claiming marks them sent in one UPDATE … RETURNING
 * (skipping rows another process holds), so two schedulers never mail one twice; a crash between
 * the claim and the send loses that mail rather than repeating it. A send the mail server refuses
 * goes back to pending with a later retry time, and fails for good after EMAIL_ATTEMPTS tries.
 */
export async function sendPendingEmails(deps: Pick<Deps, 'db' | 'engine' | 'mailer' | 'config'>): Promise<number> {
  const { db, engine, mailer, config } = deps;
  const at = new Date().toISOString();
  const claimed = await db
    .updateTable('notifications')
    .set({ email_state: 'sent', updated_at: at })
    .where('id', 'in', (eb) => {
      const q = eb
        .selectFrom('notifications')
        .select('id')
        .where(sql<boolean>`email_state = 'pending'`)
        .where((w) => w.or([w('email_retry_at', 'is', null), w('email_retry_at', '<=', at)]))
        .orderBy('id')
        .limit(BATCH);
      return engine === 'postgres' ? q.forUpdate().skipLocked() : q;
    })
    .where(sql<boolean>`email_state = 'pending'`)
    .returning(['id', 'user_id', 'title', 'body', 'entity_type', 'entity_id', 'email_attempts'])
    .execute();
  if (claimed.length === 0) return 0;
  const users = await db
    .selectFrom('users')
    .select(['id', 'email', 'status'])
    .where('id', 'in', [...new Set(claimed.map((n) => n.user_id))])
    .execute();
  const emailOf = new Map(users.filter((u) => u.status === 'active').map((u) => [u.id, u.email]));
  for (const n of claimed) {
    const to = emailOf.get(n.user_id);
    if (!to) continue;
    const link = linkOf(config.publicUrl, n.entity_type, n.entity_id);
    try {
      await mailer.send({ to, subject: n.title, text: `${n.body ? `${n.body}\n\n` : ''}${link}` });
    } catch {
      const attempts = n.email_attempts + 1;
      const last = attempts >= EMAIL_ATTEMPTS;
      await db
        .updateTable('notifications')
        .set({
          email_state: last ? 'failed' : 'pending',
          email_attempts: attempts,
          email_retry_at: last ? null : new Date(Date.now() + retryDelayMs(attempts)).toISOString(),
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', n.id)
        .execute();
    }
  }
  return claimed.length;
}
