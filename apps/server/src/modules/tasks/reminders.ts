import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Engine } from '../../db/connection.ts';
import type { DB } from '../../db/types.ts';
import { notify } from '../notifications/notifications.service.ts';

const BATCH = 100;

/**
 * Fires due reminders. The claim is one UPDATE … RETURNING over the partial index of unfired
 * reminders, with SKIP LOCKED on PostgreSQL, and the notifications are written in the same
 * transaction: a reminder is fired exactly when its notification exists, never twice.
 */
export async function fireDueReminders(db: Kysely<DB>, engine: Engine, now = new Date()): Promise<number> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('task_reminders')
      .set({ fired_at: at, updated_at: at })
      .where('id', 'in', (eb) => {
        const q = eb
          .selectFrom('task_reminders')
          .select('id')
          .where('fired_at', 'is', null)
          .where('fire_at', '<=', at)
          .orderBy('fire_at')
          .limit(BATCH);
        return engine === 'postgres' ? q.forUpdate().skipLocked() : q;
      })
      .where('fired_at', 'is', null)
      .returning(['id', 'task_id', 'user_id', 'minutes_before'])
      .execute();
    if (claimed.length === 0) return 0;
    const tasks = await trx
      .selectFrom('tasks')
      .select(['id', 'title', 'is_open', 'due_at', 'due_date'])
      .where('id', 'in', [...new Set(claimed.map((r) => r.task_id))])
      .execute();
    const byId = new Map(tasks.map((t) => [t.id, t]));
    for (const r of claimed) {
      const t = byId.get(r.task_id);
      // Completing or cancelling removes unfired reminders; this guards a completion racing the claim.
      if (!t || !t.is_open) continue;
      await notify(trx, {
        userId: r.user_id,
        kind: 'reminder_due',
        title: `Reminder: ${t.title}`,
        body: t.due_at ? `Due ${t.due_at}` : `Due on ${t.due_date}`,
        entityType: 'task',
        entityId: t.id,
      });
    }
    return claimed.length;
  });
}

/** Open tasks whose deadline passed: their assignee hears once (overdue_check_at is cleared in the claim). */
export async function flagOverdueTasks(db: Kysely<DB>, engine: Engine, now = new Date()): Promise<number> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('tasks')
      .set({ overdue_check_at: null })
      .where('id', 'in', (eb) => {
        const q = eb
          .selectFrom('tasks')
          .select('id')
          .where('overdue_check_at', 'is not', null)
          .where('overdue_check_at', '<=', at)
          .orderBy('overdue_check_at')
          .limit(BATCH);
        return engine === 'postgres' ? q.forUpdate().skipLocked() : q;
      })
      .where(sql<boolean>`overdue_check_at is not null`)
      .returning(['id', 'title', 'assignee_id', 'is_open'])
      .execute();
    for (const t of claimed) {
      if (!t.assignee_id || !t.is_open) continue;
      await notify(trx, {
        userId: t.assignee_id,
        kind: 'task_overdue',
        title: `Overdue: ${t.title}`,
        entityType: 'task',
        entityId: t.id,
      });
    }
    return claimed.length;
  });
}
