import type { CalendarAnswer, CalendarEvent, CalendarQuery } from '@spilno/schema';
import { sql } from 'kysely';
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

  const dayTasks = (day: Day) => {
    const q = ctx.db
      .selectFrom('tasks')
      .where('starts_at', '>=', iso(day.start))
      .where('starts_at', '<', iso(day.end))
      .where('status', '<>', 'cancelled');
    return userId ? q.where('assignee_id', '=', userId) : q;
  };
  const dayMeetings = (day: Day) => {
    const q = ctx.db
      .selectFrom('activities')
      .where('type', '=', 'meeting')
      .where('occurred_at', '>=', iso(day.start))
      .where('occurred_at', '<', iso(day.end));
    return userId ? q.where('author_id', '=', userId) : q;
  };
  // One statement per kind for all the days (each day still an index range): 4 × 42 trips
  // through the query builder and driver cost more than the index reads themselves.
  const [taskRows, taskCounts, meetingRows, meetingCounts] = await Promise.all([
    unionAll(
      days.map((day, i) =>
        ctx.db
          .selectFrom(dayTasks(day).select(TASK_COLUMNS).orderBy('starts_at').orderBy('id').limit(perDay).as('d'))
          .selectAll()
          .select(sql.lit(i).as('day')),
      ),
    ).execute(),
    unionAll(
      days.map((day, i) => dayTasks(day).select((eb) => [sql.lit(i).as('day'), eb.fn.countAll<number>().as('n')])),
    ).execute(),
    unionAll(
      days.map((day, i) =>
        ctx.db
          .selectFrom(dayMeetings(day).select(MEETING_COLUMNS).orderBy('occurred_at').orderBy('id').limit(perDay).as('d'))
          .selectAll()
          .select(sql.lit(i).as('day')),
      ),
    ).execute(),
    unionAll(
      days.map((day, i) => dayMeetings(day).select((eb) => [sql.lit(i).as('day'), eb.fn.countAll<number>().as('n')])),
    ).execute(),
  ]);
  const countOf = (rows: { day: unknown; n: unknown }[], i: number) => Number(rows.find((r) => Number(r.day) === i)?.n ?? 0);

  const items: CalendarEvent[] = [];
  const counts: { date: string; count: number }[] = [];
  days.forEach((day, i) => {
    const ofDay = projected.filter((e) => {
      const start = Date.parse(e.start);
      return start >= day.start && start < day.end;
    });
    const events = [
      ...taskRows.filter((t) => Number(t.day) === i).map((t) => taskEvent(t, { dueAt: t.due_at, dueDate: t.due_date }, false)),
      ...meetingRows.filter((m) => Number(m.day) === i).map(meetingEvent),
      ...ofDay,
    ].sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
    items.push(...events.slice(0, perDay));
    counts.push({ date: day.date, count: countOf(taskCounts, i) + countOf(meetingCounts, i) + ofDay.length });
  });
  return { items, truncated: counts.some((d) => d.count > perDay), days: counts };
}

/** The queries' rows as one statement. */
function unionAll<Q extends { unionAll: (other: Q) => Q }>(queries: Q[]): Q {
  return queries.reduce((all, q) => all.unionAll(q));
}
