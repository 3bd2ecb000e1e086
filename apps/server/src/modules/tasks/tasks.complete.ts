import type { Task, taskComplete } from '@spilno/schema';
import type { z } from 'zod';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { nowIso } from '../../lib/time.ts';
import { logSystemActivity } from '../activities/activities.service.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { writableTask } from './tasks.access.ts';
import { findTask } from './tasks.repo.ts';
import { spawnNext } from './tasks.series.ts';
import { syncReminders } from './tasks.write.ts';

/** Marks a task done, logs the outcome on the linked customer's timeline and rolls a series on. */
export async function completeTask(
  ctx: Ctx,
  id: string,
  body: z.output<typeof taskComplete>,
): Promise<{ task: Task; next: Task | null }> {
  return inTransaction(ctx, async (tx) => {
    const before = await writableTask(tx, id);
    if (before.status === 'done') throw new AppError('conflict', 'This task is already done.');
    const at = nowIso();
    await tx.db
      .updateTable('tasks')
      .set({
        status: 'done',
        is_open: 0,
        progress: 100,
        outcome: body.outcome ?? null,
        completed_at: at,
        overdue_check_at: null,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    await syncReminders(tx.db, { id, assignee_id: null, created_by_id: null }, []);
    if (before.contactId || before.companyId) {
      const outcome = body.outcome ? ` — ${body.outcome}` : '';
      await logSystemActivity(
        tx,
        { ...(before.contactId && { contactId: before.contactId }), ...(before.companyId && { companyId: before.companyId }) },
        `Task done: ${before.title}${outcome}${body.note ? `\n${body.note}` : ''}`,
      );
    }
    const next = await spawnNext(tx, { ...before, status: 'done' });
    const task = (await findTask(tx.db, id)) as Task;
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'task',
      entityId: id,
      changes: diff(before, task, ['status', 'outcome', 'progress', 'rrule']),
    });
    return { task, next };
  });
}
