import { DEFAULT_TIME_ZONE, type Task, type TaskInput, type taskUpdate } from '@spilno/schema';
import type { z } from 'zod';
import type { TaskRow } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { normalizeRule } from './recurrence.ts';
import { assertReferences, readableTask, writableTask } from './tasks.access.ts';
import { findTask } from './tasks.repo.ts';
import { movedExdates, spawnNext } from './tasks.series.ts';
import { type Due, fireTimes, timingOf, wallOfDue } from './tasks.timing.ts';
import { insertTask, type NewTaskRow, notifyAssigned, overdueCheckAt, syncReminders, syncWatchers } from './tasks.write.ts';
import { wallText } from './zoned-time.ts';

export const AUDITED = [
  'title',
  'description',
  'type',
  'dueAt',
  'dueDate',
  'durationMin',
  'priority',
  'status',
  'progress',
  'checklist',
  'assigneeId',
  'watcherIds',
  'contactId',
  'companyId',
  'dealId',
  'leadId',
  'orderId',
  'ticketId',
  'rrule',
  'exdates',
  'reminders',
  'timeZone',
  'outcome',
] as const;

const OPEN = new Set(['open', 'in_progress']);

/** The recurrence columns: the rule in canonical form and the wall time the series counts from. */
function series(rrule: string | null | undefined, due: Due, tz: string): Pick<TaskRow, 'rrule' | 'series_start'> {
  if (!rrule) return { rrule: null, series_start: null };
  const start = wallOfDue(due, tz);
  if (!start) throw new AppError('invalid', 'A recurring task needs a due date.', [{ path: 'rrule', message: 'No due date' }]);
  return { rrule: normalizeRule(rrule, start), series_start: wallText(start) };
}

export async function createTask(ctx: Ctx, input: TaskInput): Promise<Task> {
  return inTransaction(ctx, async (tx) => {
    await assertReferences(tx, input);
    const tz = input.timeZone ?? DEFAULT_TIME_ZONE;
    const due = { dueAt: input.dueAt ?? null, dueDate: input.dueDate ?? null };
    const reminders = input.reminders ?? [];
    const fires = fireTimes(due, tz, reminders);
    const timing = timingOf(due, tz);
    const status = input.status ?? 'open';
    const at = nowIso();
    const id = newId();
    const row: NewTaskRow = {
      id,
      title: input.title,
      description: input.description ?? '',
      type: input.type ?? 'todo',
      ...timing,
      duration_min: input.durationMin ?? null,
      priority: input.priority ?? 'normal',
      status,
      is_open: OPEN.has(status) ? 1 : 0,
      progress: status === 'done' ? 100 : (input.progress ?? 0),
      checklist: JSON.stringify(input.checklist ?? []),
      assignee_id: input.assigneeId === undefined ? tx.user.id : input.assigneeId,
      created_by_id: tx.user.id,
      contact_id: input.contactId ?? null,
      company_id: input.companyId ?? null,
      deal_id: input.dealId ?? null,
      lead_id: input.leadId ?? null,
      order_id: input.orderId ?? null,
      ticket_id: input.ticketId ?? null,
      ...series(input.rrule, due, tz),
      series_id: input.rrule ? id : null,
      reminders: JSON.stringify(reminders),
      time_zone: tz,
      outcome: null,
      completed_at: status === 'done' ? at : null,
      overdue_check_at: overdueCheckAt(OPEN.has(status), timing.deadline_at),
      created_at: at,
      updated_at: at,
    };
    await insertTask(tx.db, row);
    await syncWatchers(tx.db, id, input.watcherIds ?? []);
    if (row.is_open)
      await syncReminders(
        tx.db,
        row,
        reminders.map((r, i) => ({ ...r, fireAt: fires[i] as string })),
      );
    const task = await readableTask(tx, id);
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'task',
      entityId: id,
      changes: diff(null, task, AUDITED),
    });
    await notifyAssigned(tx.db, row, tx.user);
    return task;
  });
}

export const getTask = (ctx: Ctx, id: string): Promise<Task> => readableTask(ctx, id);

export async function updateTask(ctx: Ctx, id: string, patch: z.output<typeof taskUpdate>): Promise<Task> {
  return inTransaction(ctx, async (tx) => {
    const before = await writableTask(tx, id);
    await assertReferences(tx, patch);
    const next = { ...before, ...patch };
    if (patch.dueAt) next.dueDate = null;
    if (patch.dueDate) next.dueAt = null;
    const tz = next.timeZone;
    const due = { dueAt: next.dueAt, dueDate: next.dueDate };
    const timing = timingOf(due, tz);
    const isOpen = OPEN.has(next.status);
    const reschedules = ['dueAt', 'dueDate', 'timeZone', 'rrule'].some((k) => k in patch);
    const set: Partial<TaskRow> = {
      title: next.title,
      description: next.description,
      type: next.type,
      ...timing,
      duration_min: next.durationMin,
      priority: next.priority,
      status: next.status,
      is_open: isOpen ? 1 : 0,
      progress: next.status === 'done' ? 100 : next.progress,
      checklist: JSON.stringify(next.checklist),
      assignee_id: next.assigneeId,
      contact_id: next.contactId,
      company_id: next.companyId,
      deal_id: next.dealId,
      lead_id: next.leadId,
      order_id: next.orderId,
      ticket_id: next.ticketId,
      ...(reschedules ? series(next.rrule, due, tz) : {}),
      ...(reschedules ? { exdates: jsonList(movedExdates(before, next)) } : {}),
      reminders: JSON.stringify(next.reminders),
      time_zone: tz,
      completed_at: next.status === 'done' ? (before.completedAt ?? nowIso()) : null,
      overdue_check_at: overdueCheckAt(isOpen, timing.deadline_at),
      updated_at: nowIso(),
    };
    if (reschedules && next.rrule && !before.rrule) set.series_id = id;
    await tx.db.updateTable('tasks').set(set).where('id', '=', id).execute();
    if (patch.watcherIds) await syncWatchers(tx.db, id, patch.watcherIds);
    if (isOpen && (reschedules || patch.reminders || patch.assigneeId !== undefined)) {
      // Reminders the user just gave must lie ahead; after a mere reschedule, ones already past are dropped.
      const wanted = patch.reminders ? fireTimes(due, tz, next.reminders) : null;
      const upcoming = next.reminders
        .map((r, i) => ({ ...r, fireAt: wanted?.[i] ?? safeFire(due, tz, r) }))
        .filter((r): r is { minutesBefore: number; fireAt: string } => r.fireAt !== null);
      await syncReminders(tx.db, { id, assignee_id: next.assigneeId, created_by_id: before.createdById }, upcoming);
    } else if (!isOpen) await syncReminders(tx.db, { id, assignee_id: null, created_by_id: null }, []);
    // Marking an occurrence done by editing it rolls the series on just like "complete" does.
    if (OPEN.has(before.status) && next.status === 'done') await spawnNext(tx, next);
    const after = (await findTask(tx.db, id)) as Task;
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'task',
      entityId: id,
      changes: diff(before, after, AUDITED),
    });
    if (after.assigneeId !== before.assigneeId)
      await notifyAssigned(tx.db, { id, title: after.title, assignee_id: after.assigneeId }, tx.user);
    return after;
  });
}

const jsonList = (list: string[]): string | null => (list.length ? JSON.stringify(list) : null);

function safeFire(due: Due, tz: string, r: { minutesBefore: number }): string | null {
  try {
    return fireTimes(due, tz, [r])[0] ?? null;
  } catch {
    return null;
  }
}

export async function deleteTask(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await writableTask(tx, id);
    // Reminders and watchers go with it (ON DELETE CASCADE), so a deleted task never reminds.
    await tx.db.deleteFrom('tasks').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'task',
      entityId: id,
      changes: diff(before, null, AUDITED),
    });
  });
}
