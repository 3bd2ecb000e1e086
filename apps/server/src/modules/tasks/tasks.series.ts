import type { Task, taskOccurrenceUpdate } from '@spilno/schema';
import type { z } from 'zod';
import { parseJson } from '../../db/connection.ts';
import type { Ctx } from '../../http/context.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { nextKeptOccurrence } from './recurrence.ts';
import { findTask } from './tasks.repo.ts';
import { type Due, dueOfWall, fireTimes, timingOf, wallOfDue } from './tasks.timing.ts';
import { insertTask, overdueCheckAt, syncReminders, syncWatchers } from './tasks.write.ts';
import { floating, parseWallText, wallOfFloating, wallText } from './zoned-time.ts';

const AUDITED = ['title', 'type', 'dueAt', 'dueDate', 'assigneeId', 'rrule', 'exdates', 'reminders'] as const;

/** What a copy of a task may change: the fields a moved occurrence or a new series can differ in. */
export type CopyChanges = Omit<z.output<typeof taskOccurrenceUpdate>['changes'], 'dueAt' | 'dueDate'>;

type Series = {
  rrule: string | null;
  seriesStart: string | null;
  seriesId: string | null;
  exdates: string[];
  recurrenceId: string | null;
};

/** Reminders at their times; past ones are dropped unless `strict` (the user just chose them). */
export function reminderTimes(due: Due, tz: string, reminders: { minutesBefore: number }[], strict: boolean) {
  if (strict) {
    const fires = fireTimes(due, tz, reminders);
    return reminders.map((r, i) => ({ ...r, fireAt: fires[i] as string }));
  }
  return reminders.flatMap((r) => {
    try {
      return [{ ...r, fireAt: fireTimes(due, tz, [r])[0] as string }];
    } catch {
      return [];
    }
  });
}

/**
 * A new open task with `from`'s fields at `due`: the next occurrence of a series, an occurrence
 * moved on its own, or the second half of a split series. Its checklist starts unticked.
 */
export async function insertCopy(tx: Ctx, from: Task, due: Due, series: Series, changes: CopyChanges = {}): Promise<Task> {
  const tz = from.timeZone;
  const timing = timingOf(due, tz);
  const at = nowIso();
  const id = newId();
  const next = { ...from, ...changes };
  const row = {
    id,
    title: next.title,
    description: next.description,
    type: next.type,
    ...timing,
    duration_min: next.durationMin,
    priority: next.priority,
    status: 'open',
    is_open: 1,
    progress: 0,
    checklist: JSON.stringify(changes.checklist ?? from.checklist.map((c) => ({ ...c, done: false }))),
    assignee_id: next.assigneeId,
    created_by_id: from.createdById,
    contact_id: next.contactId,
    company_id: next.companyId,
    deal_id: next.dealId,
    lead_id: next.leadId,
    order_id: next.orderId,
    ticket_id: next.ticketId,
    rrule: series.rrule,
    series_start: series.seriesStart,
    series_id: series.seriesId ?? (series.rrule ? id : null),
    exdates: series.exdates.length ? JSON.stringify(series.exdates) : null,
    recurrence_id: series.recurrenceId,
    reminders: JSON.stringify(next.reminders),
    time_zone: tz,
    outcome: null,
    completed_at: null,
    overdue_check_at: overdueCheckAt(true, timing.deadline_at),
    created_at: at,
    updated_at: at,
  };
  await insertTask(tx.db, row);
  await syncWatchers(tx.db, id, next.watcherIds);
  await syncReminders(tx.db, row, reminderTimes(due, tz, next.reminders, Boolean(changes.reminders)));
  const task = (await findTask(tx.db, id)) as Task;
  await recordAudit(tx.db, tx.actor, { action: 'create', entityType: 'task', entityId: id, changes: diff(null, task, AUDITED) });
  return task;
}

/** Skipped occurrences from `wall` on: earlier ones no longer matter once the series has passed them. */
export const exdatesFrom = (exdates: readonly string[], wall: string): string[] => exdates.filter((x) => x >= wall).sort();

/** Skipped wall times moved by `deltaMs` of wall time, when a whole series moves. */
export const shiftExdates = (exdates: readonly string[], deltaMs: number): string[] =>
  exdates.map((x) => wallText(wallOfFloating(floating(parseWallText(x)) + deltaMs)));

/** The skipped occurrences after a series is rescheduled: they move with it while its rule stays. */
export function movedExdates(before: Task, after: Pick<Task, 'dueAt' | 'dueDate' | 'rrule' | 'timeZone'>): string[] {
  if (!after.rrule || before.exdates.length === 0) return [];
  const from = wallOfDue(before, before.timeZone);
  const to = wallOfDue(after, after.timeZone);
  const sameShape = Boolean(before.dueDate) === Boolean(after.dueDate) && before.rrule === after.rrule;
  if (!from || !to || !sameShape) return before.exdates;
  return shiftExdates(before.exdates, floating(to) - floating(from));
}

/**
 * A recurring task is one open occurrence that carries the rule. When it is done, the rule moves
 * to a fresh copy due at the next occurrence the series still produces, so the done one is
 * history and cannot spawn twice.
 */
export async function spawnNext(tx: Ctx, done: Task): Promise<Task | null> {
  const row = await tx.db
    .selectFrom('tasks')
    .select(['series_start', 'series_id', 'exdates'])
    .where('id', '=', done.id)
    .executeTakeFirst();
  if (!done.rrule || !row?.series_start) return null;
  await tx.db.updateTable('tasks').set({ rrule: null, exdates: null }).where('id', '=', done.id).execute();
  const tz = done.timeZone;
  const current = wallOfDue(done, tz);
  const exdates = parseJson<string[]>(row.exdates) ?? [];
  const wall = current && nextKeptOccurrence(done.rrule, parseWallText(row.series_start), current, exdates);
  if (!wall) return null;
  return insertCopy(tx, done, dueOfWall(wall, Boolean(done.dueDate), tz), {
    rrule: done.rrule,
    seriesStart: row.series_start,
    seriesId: row.series_id ?? done.id,
    exdates: exdatesFrom(exdates, wallText(wall)),
    recurrenceId: null,
  });
}
