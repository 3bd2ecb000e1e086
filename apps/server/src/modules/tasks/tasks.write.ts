import type { Kysely } from 'kysely';
import type { DB, TaskRow } from '../../db/types.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { notify } from '../notifications/notifications.service.ts';

/** Replaces the unfired reminders of a task; fired ones stay as the record that they fired. */
export async function syncReminders(
  db: Kysely<DB>,
  task: Pick<TaskRow, 'id' | 'assignee_id' | 'created_by_id'>,
  reminders: { minutesBefore: number; fireAt: string }[],
): Promise<void> {
  await db.deleteFrom('task_reminders').where('task_id', '=', task.id).where('fired_at', 'is', null).execute();
  const userId = task.assignee_id ?? task.created_by_id;
  if (!userId || reminders.length === 0) return;
  const at = nowIso();
  await db
    .insertInto('task_reminders')
    .values(
      reminders.map((r) => ({
        id: newId(),
        task_id: task.id,
        user_id: userId,
        minutes_before: r.minutesBefore,
        fire_at: r.fireAt,
        fired_at: null,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}

export async function syncWatchers(db: Kysely<DB>, taskId: string, userIds: string[]): Promise<void> {
  await db.deleteFrom('task_watchers').where('task_id', '=', taskId).execute();
  const at = nowIso();
  const unique = [...new Set(userIds)];
  if (unique.length) {
    await db
      .insertInto('task_watchers')
      .values(unique.map((user_id) => ({ task_id: taskId, user_id, created_at: at, updated_at: at })))
      .execute();
  }
}

/** An open task with a deadline still ahead is watched for becoming overdue. */
export const overdueCheckAt = (isOpen: boolean, deadline: string | null): string | null =>
  isOpen && deadline && deadline > nowIso() ? deadline : null;

export async function notifyAssigned(
  db: Kysely<DB>,
  task: { id: string; title: string; assignee_id: string | null },
  by: { id: string | null; name: string | null },
): Promise<void> {
  if (!task.assignee_id || task.assignee_id === by.id) return;
  await notify(db, {
    userId: task.assignee_id,
    kind: 'task_assigned',
    title: `${by.name ?? 'Spilno'} assigned you a task: ${task.title}`,
    entityType: 'task',
    entityId: task.id,
  });
}

/** A new task; only a series or a moved occurrence carries the recurrence exception columns. */
export type NewTaskRow = Omit<TaskRow, 'exdates' | 'recurrence_id'> & Partial<Pick<TaskRow, 'exdates' | 'recurrence_id'>>;

export async function insertTask(db: Kysely<DB>, row: NewTaskRow): Promise<void> {
  await db
    .insertInto('tasks')
    .values({ exdates: null, recurrence_id: null, ...row })
    .execute();
}
