import type { Task, taskOccurrenceUpdate } from '@spilno/schema';
import type { z } from 'zod';
import type { TaskRow } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { nextKeptOccurrence, occurrencesBetween, ruleContinuingAt, ruleEndingBefore } from './recurrence.ts';
import { assertReferences, writableTask } from './tasks.access.ts';
import { findTask } from './tasks.repo.ts';
import { type CopyChanges, exdatesFrom, insertCopy, reminderTimes, shiftExdates } from './tasks.series.ts';
import { updateTask } from './tasks.service.ts';
import { type Due, dueOfWall, timingOf, wallOfDue } from './tasks.timing.ts';
import { overdueCheckAt, syncReminders } from './tasks.write.ts';
import { floating, parseWallText, type Wall, wallOf, wallText } from './zoned-time.ts';

type Body = z.output<typeof taskOccurrenceUpdate>;
const DAY = 86_400_000;
const AUDITED = ['dueAt', 'dueDate', 'rrule', 'exdates', 'reminders', 'status', 'progress'] as const;

const notAnOccurrence = () =>
  new AppError('invalid', 'The series has no occurrence at this time.', [{ path: 'occurrence', message: 'No such occurrence' }]);

/**
 * The series wall time the calendar meant: an all-day series names the date, a timed one the
 * start instant, matched exactly against the occurrences around it (a DST gap shifts instants).
 */
function findOccurrence(series: Task, seriesStart: Wall, occurrence: string): Wall {
  const tz = series.timeZone;
  const allDay = Boolean(series.dueDate);
  const current = wallOfDue(series, tz) as Wall;
  const near = allDay ? parseWallText(occurrence.slice(0, 10)) : wallOf(Date.parse(occurrence), tz);
  if (floating(near) + DAY < floating(current)) throw notAnOccurrence();
  const walls = occurrencesBetween(series.rrule as string, seriesStart, current, floating(near) + DAY);
  const found = walls.find((w) =>
    allDay ? wallText(w) === wallText(near) : Date.parse(dueOfWall(w, false, tz).dueAt as string) === Date.parse(occurrence),
  );
  if (!found || series.exdates.includes(wallText(found))) throw notAnOccurrence();
  return found;
}

/** The due the changes give the occurrence; without a new due it stays where it was. */
function newDue(changes: Body['changes'], original: Due): Due {
  if (changes.dueAt === undefined && changes.dueDate === undefined) return original;
  return { dueAt: changes.dueAt ?? null, dueDate: changes.dueDate ?? null };
}

const jsonList = (list: string[]): string | null => (list.length ? JSON.stringify(list) : null);

async function seriesColumns(tx: Ctx, id: string) {
  return tx.db.selectFrom('tasks').select(['series_start', 'series_id']).where('id', '=', id).executeTakeFirstOrThrow();
}

/**
 * Moves or edits one occurrence of a recurring task (`this`) or it and all after it
 * (`following`). Answers the task that now holds the occurrence.
 */
export async function updateOccurrence(ctx: Ctx, id: string, body: Body): Promise<Task> {
  return inTransaction(ctx, async (tx) => {
    const series = await writableTask(tx, id);
    const columns = await seriesColumns(tx, id);
    if (!series.rrule || !columns.series_start || series.status === 'done' || series.status === 'cancelled') {
      throw new AppError('invalid', 'This task does not repeat; change it directly.', [
        { path: 'occurrence', message: 'Not a recurring task' },
      ]);
    }
    await assertReferences(tx, body.changes);
    const seriesStart = parseWallText(columns.series_start);
    const wall = findOccurrence(series, seriesStart, body.occurrence);
    const current = wallOfDue(series, series.timeZone) as Wall;
    const isCurrent = wallText(wall) === wallText(current);
    const original = dueOfWall(wall, Boolean(series.dueDate), series.timeZone);
    const due = newDue(body.changes, original);
    // The current occurrence is the first one still to do: it and all following are the whole series.
    if (body.scope === 'following' && isCurrent) return updateTask(tx, id, body.changes);
    if (body.scope === 'following') return splitSeries(tx, series, seriesStart, wall, due, body.changes);
    return detachOccurrence(tx, series, { seriesStart, seriesId: columns.series_id ?? id, wall, isCurrent }, due, body.changes);
  });
}

/**
 * `this`: the series skips the occurrence and a task of its own replaces it. When it was the
 * current occurrence, the series moves on to its next one, taking its reminders along, so the
 * skipped time never reminds anyone.
 */
async function detachOccurrence(
  tx: Ctx,
  series: Task,
  at: { seriesStart: Wall; seriesId: string; wall: Wall; isCurrent: boolean },
  due: Due,
  changes: CopyChanges,
): Promise<Task> {
  const rrule = series.rrule as string;
  const tz = series.timeZone;
  const exdates = [...series.exdates, wallText(at.wall)];
  const next = at.isCurrent ? nextKeptOccurrence(rrule, at.seriesStart, at.wall, exdates) : null;
  // The last occurrence moved on its own leaves no series: it simply becomes a one-off task.
  if (at.isCurrent && !next) return updateTask(tx, series.id, { ...changes, ...due, rrule: null });

  const moved = await insertCopy(
    tx,
    series,
    due,
    { rrule: null, seriesStart: null, seriesId: at.seriesId, exdates: [], recurrenceId: wallText(at.wall) },
    // The current occurrence takes its ticked checklist along; a later one starts unticked.
    at.isCurrent ? { checklist: series.checklist, ...changes } : changes,
  );
  const set: Partial<TaskRow> = { updated_at: nowIso() };
  if (next) {
    const nextDue = dueOfWall(next, Boolean(series.dueDate), tz);
    const timing = timingOf(nextDue, tz);
    Object.assign(set, timing, {
      status: 'open',
      is_open: 1,
      progress: 0,
      checklist: JSON.stringify(series.checklist.map((c) => ({ ...c, done: false }))),
      overdue_check_at: overdueCheckAt(true, timing.deadline_at),
      exdates: jsonList(exdatesFrom(exdates, wallText(next))),
    });
    const owner = { id: series.id, assignee_id: series.assigneeId, created_by_id: series.createdById };
    await syncReminders(tx.db, owner, reminderTimes(nextDue, tz, series.reminders, false));
  } else set.exdates = jsonList(exdates);
  await tx.db.updateTable('tasks').set(set).where('id', '=', series.id).execute();
  await auditSeries(tx, series);
  return moved;
}

/**
 * `following`: the series ends before the occurrence and a new series starts from it with the
 * changes; skipped times after it move along with it.
 */
async function splitSeries(tx: Ctx, series: Task, seriesStart: Wall, wall: Wall, due: Due, changes: CopyChanges) {
  const rrule = series.rrule as string;
  const tz = series.timeZone;
  const start = wallOfDue(due, tz);
  if (!start || Boolean(due.dueDate) !== Boolean(series.dueDate)) {
    throw new AppError('invalid', 'A series moves as a whole to another time or another day, not out of the calendar.', [
      { path: 'changes', message: 'Keep the series timed or all-day' },
    ]);
  }
  const later = series.exdates.filter((x) => x > wallText(wall));
  const next = await insertCopy(
    tx,
    series,
    due,
    {
      rrule: ruleContinuingAt(rrule, seriesStart, wall),
      seriesStart: wallText(start),
      seriesId: null,
      exdates: shiftExdates(later, floating(start) - floating(wall)),
      recurrenceId: null,
    },
    changes,
  );
  await tx.db
    .updateTable('tasks')
    .set({
      rrule: ruleEndingBefore(rrule, seriesStart, wall),
      exdates: jsonList(series.exdates.filter((x) => x < wallText(wall))),
      updated_at: nowIso(),
    })
    .where('id', '=', series.id)
    .execute();
  await auditSeries(tx, series);
  return next;
}

async function auditSeries(tx: Ctx, before: Task): Promise<void> {
  const after = (await findTask(tx.db, before.id)) as Task;
  await recordAudit(tx.db, tx.actor, {
    action: 'update',
    entityType: 'task',
    entityId: before.id,
    changes: diff(before, after, AUDITED),
  });
}
