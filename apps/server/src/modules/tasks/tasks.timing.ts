import { AppError } from '../../http/errors.ts';
import { addDays, localDate, parseWallText, startOfDay, type Wall, wallOf, wallText, zonedToUtc } from './zoned-time.ts';

/** An all-day task reminds relative to 09:00 on its day, not to midnight. */
const ALL_DAY_ANCHOR_HOUR = 9;

export type Due = { dueAt: string | null; dueDate: string | null };
export type Timing = { due_at: string | null; due_date: string | null; starts_at: string | null; deadline_at: string | null };

const iso = (ms: number) => new Date(ms).toISOString();

/** Where the task sits on a calendar and when it becomes late, both as instants. */
export function timingOf(due: Due, tz: string): Timing {
  if (due.dueAt) {
    const at = iso(Date.parse(due.dueAt));
    return { due_at: at, due_date: null, starts_at: at, deadline_at: at };
  }
  if (due.dueDate) {
    return {
      due_at: null,
      due_date: due.dueDate,
      starts_at: iso(startOfDay(due.dueDate, tz)),
      deadline_at: iso(startOfDay(addDays(due.dueDate, 1), tz)),
    };
  }
  return { due_at: null, due_date: null, starts_at: null, deadline_at: null };
}

/** The local wall time a series counts from (all-day: midnight of the date). */
export function wallOfDue(due: Due, tz: string): Wall | null {
  if (due.dueAt) return wallOf(Date.parse(due.dueAt), tz);
  if (due.dueDate) return parseWallText(due.dueDate);
  return null;
}

/** The due of an occurrence at `wall`, in the shape of the series (timed or all-day). */
export function dueOfWall(wall: Wall, allDay: boolean, tz: string): Due {
  return allDay ? { dueAt: null, dueDate: wallText(wall).slice(0, 10) } : { dueAt: iso(zonedToUtc(wall, tz)), dueDate: null };
}

export function reminderAnchor(due: Due, tz: string): number | null {
  if (due.dueAt) return Date.parse(due.dueAt);
  if (due.dueDate) return zonedToUtc({ ...parseWallText(due.dueDate), h: ALL_DAY_ANCHOR_HOUR, mi: 0 }, tz);
  return null;
}

/**
 * When each reminder fires. New reminders must lie in the future: a reminder that could only fire
 * late is refused rather than sent at once, so the user notices the due date is already close.
 */
export function fireTimes(due: Due, tz: string, reminders: { minutesBefore: number }[], now = Date.now()): string[] {
  if (reminders.length === 0) return [];
  const anchor = reminderAnchor(due, tz);
  if (anchor === null) {
    throw new AppError('invalid', 'A reminder needs a due date or time.', [{ path: 'reminders', message: 'No due date' }]);
  }
  return reminders.map((r, i) => {
    const at = anchor - r.minutesBefore * 60_000;
    if (at <= now) {
      throw new AppError('invalid', 'This reminder would fire in the past; the task is due too soon for it.', [
        { path: `reminders.${i}.minutesBefore`, message: 'Reminder time is in the past' },
      ]);
    }
    return iso(at);
  });
}

/** Today's bounds in the zone, for the today/overdue/upcoming views. */
export function todayBounds(tz: string, now = Date.now()): { start: string; end: string } {
  const today = localDate(now, tz);
  return { start: iso(startOfDay(today, tz)), end: iso(startOfDay(addDays(today, 1), tz)) };
}
