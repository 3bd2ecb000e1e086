import type { Task } from '@spilno/schema';
import type { Ctx } from '../../http/context.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { nextOccurrence } from './recurrence.ts';
import { findTask } from './tasks.repo.ts';
import { dueOfWall, fireTimes, timingOf, wallOfDue } from './tasks.timing.ts';
import { insertTask, overdueCheckAt, syncReminders, syncWatchers } from './tasks.write.ts';
import { parseWallText } from './zoned-time.ts';

const AUDITED = ['title', 'type', 'dueAt', 'dueDate', 'assigneeId', 'rrule', 'reminders'] as const;

/**
 * A recurring task is one open occurrence that carries the rule. When it is done, the rule moves
 * to a fresh copy due at the next occurrence, so the done one is history and cannot spawn twice.
 */
export async function spawnNext(tx: Ctx, done: Task): Promise<Task | null> {
  const row = await tx.db.selectFrom('tasks').select(['series_start', 'series_id']).where('id', '=', done.id).executeTakeFirst();
  if (!done.rrule || !row?.series_start) return null;
  await tx.db.updateTable('tasks').set({ rrule: null }).where('id', '=', done.id).execute();
  const tz = done.timeZone;
  const current = wallOfDue(done, tz);
  const wall = current && nextOccurrence(done.rrule, parseWallText(row.series_start), current);
  if (!wall) return null;
  const due = dueOfWall(wall, Boolean(done.dueDate), tz);
  const timing = timingOf(due, tz);
  const at = nowIso();
  const id = newId();
  const next = {
    id,
    title: done.title,
    description: done.description,
    type: done.type,
    ...timing,
    duration_min: done.durationMin,
    priority: done.priority,
    status: 'open',
    is_open: 1,
    progress: 0,
    checklist: JSON.stringify(done.checklist.map((c) => ({ ...c, done: false }))),
    assignee_id: done.assigneeId,
    created_by_id: done.createdById,
    contact_id: done.contactId,
    company_id: done.companyId,
    deal_id: done.dealId,
    lead_id: done.leadId,
    order_id: done.orderId,
    ticket_id: done.ticketId,
    rrule: done.rrule,
    series_start: row.series_start,
    series_id: row.series_id ?? done.id,
    reminders: JSON.stringify(done.reminders),
    time_zone: tz,
    outcome: null,
    completed_at: null,
    overdue_check_at: overdueCheckAt(true, timing.deadline_at),
    created_at: at,
    updated_at: at,
  };
  await insertTask(tx.db, next);
  await syncWatchers(tx.db, id, done.watcherIds);
  // The next occurrence may itself lie in the past (a late completion): its past reminders are skipped.
  const reminders = done.reminders.flatMap((r) => {
    try {
      return [{ ...r, fireAt: fireTimes(due, tz, [r])[0] as string }];
    } catch {
      return [];
    }
  });
  await syncReminders(tx.db, next, reminders);
  const task = (await findTask(tx.db, id)) as Task;
  await recordAudit(tx.db, tx.actor, { action: 'create', entityType: 'task', entityId: id, changes: diff(null, task, AUDITED) });
  return task;
}
