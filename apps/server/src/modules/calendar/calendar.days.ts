import type { CalendarAnswer, CalendarEvent, CalendarQuery } from '@spilno/schema';
import type { Ctx } from '../../http/context.ts';
import { iso, MEETING_COLUMNS, meetingEvent, projections, TASK_COLUMNS, taskEvent } from './calendar.service.ts';

/** The longest local day (a DST change adds an hour) plus slack. */
const DAY_BOUND_MS = 26 * 3_600_000;

type Day = { date: string; start: number; end: number };

/** The local days of [from, to) in a zone; a DST day is 23 or 25 hours long, so days are not 24-hour steps. */
export function localDays(from: number, to: number, tz: string): Day[] {
  const dateOf = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days: Day[] = [];
  for (let start = from; start < to; ) {
    const date = dateOf.format(start);
    // The first instant of the next date: a binary search to the millisecond (zone offsets vary).
    let lo = start;
    let hi = start + DAY_BOUND_MS;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (dateOf.format(mid) === date) lo = mid;
      else hi = mid;
    }
    days.push({ date, start, end: Math.min(hi, to) });
    start = hi;
  }
  return days;
}

/**
 * The calendar a day at a time: at most `perDay` events per local day (earliest first) and each
 * day's full count, read per day from the start-time indexes, so a month of a team with tens of
 * thousands of tasks costs a few hundred index lookups instead of every row.
 */
export async function calendarByDay(
  ctx: Ctx,
  query: CalendarQuery,
  perDay: number,
  userId: string | null,
): Promise<CalendarAnswer> {
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  const days = localDays(from, to, query.tz ?? 'UTC');

  let series = ctx.db.selectFrom('tasks').select(TASK_COLUMNS).where('rrule', 'is not', null).where('starts_at', '<', iso(to));
  if (userId) series = series.where('assignee_id', '=', userId);
  const projected = (await series.execute()).flatMap((t) => projections(t, from, to));

  const items: CalendarEvent[] = [];
  const counts: { date: string; count: number }[] = [];
  for (const day of days) {
    const range = [iso(day.start), iso(day.end)] as const;
    let tasks = ctx.db
      .selectFrom('tasks')
      .where('starts_at', '>=', range[0])
      .where('starts_at', '<', range[1])
      .where('status', '<>', 'cancelled');
    let meetings = ctx.db
      .selectFrom('activities')
      .where('type', '=', 'meeting')
      .where('occurred_at', '>=', range[0])
      .where('occurred_at', '<', range[1]);
    if (userId) {
      tasks = tasks.where('assignee_id', '=', userId);
      meetings = meetings.where('author_id', '=', userId);
    }
    const [taskRows, taskCount, meetingRows, meetingCount] = await Promise.all([
      tasks.select(TASK_COLUMNS).orderBy('starts_at').orderBy('id').limit(perDay).execute(),
      tasks.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      meetings.select(MEETING_COLUMNS).orderBy('occurred_at').orderBy('id').limit(perDay).execute(),
      meetings.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    const ofDay = projected.filter((e) => {
      const start = Date.parse(e.start);
      return start >= day.start && start < day.end;
    });
    const events = [
      ...taskRows.map((t) => taskEvent(t, { dueAt: t.due_at, dueDate: t.due_date }, false)),
      ...meetingRows.map(meetingEvent),
      ...ofDay,
    ].sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
    items.push(...events.slice(0, perDay));
    counts.push({ date: day.date, count: Number(taskCount.n) + Number(meetingCount.n) + ofDay.length });
  }
  return { items, truncated: counts.some((d) => d.count > perDay), days: counts };
}
