import { type CalendarAnswer, type CalendarEvent, type CalendarQuery, roleCan } from '@spilno/schema';
import { parseJson } from '../../db/connection.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { occurrencesBetween } from '../tasks/recurrence.ts';
import { dueOfWall, timingOf, wallOfDue } from '../tasks/tasks.timing.ts';
import { floating, parseWallText, wallText } from '../tasks/zoned-time.ts';
import { calendarByDay } from './calendar.days.ts';

/** Tasks longer than this are rare; looking this far back finds the ones that reach into the range. */
const LOOKBACK_MS = 14 * 86_400_000;
const DEFAULT_TASK_MIN = 30;
export const DEFAULT_MEETING_MIN = 60;
/** One answer holds at most this many events; beyond it the answer says it is truncated rather than hide the rest. */
const MAX_EVENTS = 5000;

export const iso = (ms: number) => new Date(ms).toISOString();

/** Whose calendar: one user's, or everyone's for those who may see the team's load. */
export function whose(ctx: Ctx, userId: string | undefined): string | null {
  const team = roleCan(ctx.user.role, 'calendar.read.all');
  if (userId && userId !== ctx.user.id && !team) throw new AppError('forbidden', 'You may see only your own calendar.');
  return userId ?? (team ? null : ctx.user.id);
}

type TaskLite = {
  id: string;
  title: string;
  type: string;
  status: string;
  due_at: string | null;
  due_date: string | null;
  starts_at: string | null;
  duration_min: number | null;
  assignee_id: string | null;
  contact_id: string | null;
  company_id: string | null;
  rrule: string | null;
  series_start: string | null;
  exdates: unknown;
  time_zone: string;
};
export const TASK_COLUMNS = [
  'id',
  'title',
  'type',
  'status',
  'due_at',
  'due_date',
  'starts_at',
  'duration_min',
  'assignee_id',
  'contact_id',
  'company_id',
  'rrule',
  'series_start',
  'exdates',
  'time_zone',
] as const;

export function taskEvent(t: TaskLite, due: { dueAt: string | null; dueDate: string | null }, projected: boolean): CalendarEvent {
  const { starts_at, deadline_at } = timingOf(due, t.time_zone);
  const start = Date.parse(starts_at as string);
  const end = due.dueDate ? Date.parse(deadline_at as string) : start + (t.duration_min ?? DEFAULT_TASK_MIN) * 60_000;
  return {
    key: projected ? `${t.id}:${iso(start)}` : t.id,
    source: 'task',
    taskId: t.id,
    activityId: null,
    title: t.title,
    start: iso(start),
    end: iso(Math.max(end, start)),
    allDay: Boolean(due.dueDate),
    date: due.dueDate,
    type: t.type as CalendarEvent['type'],
    status: (projected ? 'open' : t.status) as CalendarEvent['status'],
    userId: t.assignee_id,
    projected,
    recurring: Boolean(t.rrule),
    contactId: t.contact_id,
    companyId: t.company_id,
  };
}

/**
 * Later occurrences of an open series inside the range, computed on the series' local time;
 * occurrences moved on their own (EXDATE) are skipped, their own tasks show instead.
 */
export function projections(t: TaskLite, from: number, to: number): CalendarEvent[] {
  if (!t.rrule || !t.series_start) return [];
  const due = { dueAt: t.due_at, dueDate: t.due_date };
  const current = wallOfDue(due, t.time_zone);
  if (!current) return [];
  const skipped = new Set(parseJson<string[]>(t.exdates) ?? []);
  // A day of slack on both sides covers any UTC offset; exact bounds are checked below.
  const walls = occurrencesBetween(t.rrule, parseWallText(t.series_start), current, to + 86_400_000);
  return walls
    .filter((w) => floating(w) > floating(current) && !skipped.has(wallText(w)))
    .map((w) => taskEvent(t, dueOfWall(w, Boolean(t.due_date), t.time_zone), true))
    .filter((e) => Date.parse(e.end) > from && Date.parse(e.start) < to);
}

export const MEETING_COLUMNS = ['id', 'subject', 'body', 'occurred_at', 'author_id', 'contact_id', 'company_id'] as const;
type MeetingLite = {
  id: string;
  subject: string | null;
  body: string;
  occurred_at: string;
  author_id: string | null;
  contact_id: string | null;
  company_id: string | null;
};

export function meetingEvent(m: MeetingLite): CalendarEvent {
  const start = Date.parse(m.occurred_at);
  return {
    key: m.id,
    source: 'meeting',
    taskId: null,
    activityId: m.id,
    title: m.subject ?? (m.body.split('\n')[0] || 'Meeting').slice(0, 120),
    start: iso(start),
    end: iso(start + DEFAULT_MEETING_MIN * 60_000),
    allDay: false,
    date: null,
    type: 'meeting',
    status: null,
    userId: m.author_id,
    projected: false,
    recurring: false,
    contactId: m.contact_id,
    companyId: m.company_id,
  };
}

export async function calendarEvents(ctx: Ctx, query: CalendarQuery): Promise<CalendarAnswer> {
  const userId = whose(ctx, query.userId);
  if (query.perDay) return calendarByDay(ctx, query, query.perDay, userId);
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  let tasks = ctx.db
    .selectFrom('tasks')
    .select(TASK_COLUMNS)
    .where('starts_at', '>=', iso(from - LOOKBACK_MS))
    .where('starts_at', '<', iso(to))
    .where('status', '<>', 'cancelled');
  if (userId) tasks = tasks.where('assignee_id', '=', userId);
  let series = ctx.db.selectFrom('tasks').select(TASK_COLUMNS).where('rrule', 'is not', null).where('starts_at', '<', iso(to));
  if (userId) series = series.where('assignee_id', '=', userId);
  let meetings = ctx.db
    .selectFrom('activities')
    .select(MEETING_COLUMNS)
    .where('type', '=', 'meeting')
    .where('occurred_at', '>=', iso(from - DEFAULT_MEETING_MIN * 60_000))
    .where('occurred_at', '<', iso(to));
  if (userId) meetings = meetings.where('author_id', '=', userId);

  const [taskRows, seriesRows, meetingRows] = await Promise.all([
    tasks.orderBy('starts_at').limit(MAX_EVENTS).execute(),
    series.limit(MAX_EVENTS).execute(),
    meetings.orderBy('occurred_at').limit(MAX_EVENTS).execute(),
  ]);
  const items: CalendarEvent[] = taskRows
    .map((t) => taskEvent(t, { dueAt: t.due_at, dueDate: t.due_date }, false))
    .filter((e) => Date.parse(e.end) > from || Date.parse(e.start) >= from);
  for (const t of seriesRows) items.push(...projections(t, from, to));
  for (const m of meetingRows) {
    if (Date.parse(m.occurred_at) + DEFAULT_MEETING_MIN * 60_000 > from) items.push(meetingEvent(m));
  }
  items.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
  const truncated = items.length > MAX_EVENTS || [taskRows, seriesRows, meetingRows].some((rows) => rows.length >= MAX_EVENTS);
  return { items: items.slice(0, MAX_EVENTS), truncated };
}
