import type { Kysely } from 'kysely';
import { parseJson } from '../../db/connection.ts';
import type { DB } from '../../db/types.ts';
import { addDays, offsetAt, zonedToUtc } from '../tasks/zoned-time.ts';
import { dateStamp, escapeText, utcStamp, vtimezone, wallStamp } from './ics.ts';

/** What a subscribed calendar shows: two months back, a year ahead, and every open series. */
const BACK_MS = 60 * 86_400_000;
const AHEAD_MS = 365 * 86_400_000;
const LIMIT = 3000;
const EVENT_TYPES = new Set(['call', 'meeting']);
const TODO_STATUS: Record<string, string> = {
  open: 'NEEDS-ACTION',
  in_progress: 'IN-PROCESS',
  done: 'COMPLETED',
  cancelled: 'CANCELLED',
};
const PRIORITY: Record<string, number> = { urgent: 1, high: 3, normal: 5, low: 9 };

type FeedTask = {
  id: string;
  title: string;
  description: string;
  type: string;
  status: string;
  priority: string;
  progress: number;
  due_at: string | null;
  due_date: string | null;
  duration_min: number | null;
  rrule: string | null;
  exdates: unknown;
  time_zone: string;
  updated_at: string;
};

/**
 * The server counts a rule in the series' wall time, UNTIL included; RFC 5545 wants UNTIL in UTC
 * beside a DTSTART with TZID, and as a DATE beside an all-day one.
 */
function feedRule(rrule: string, allDay: boolean, tz: string): string {
  return rrule.replace(/UNTIL=(\d{8})T(\d{4})\d{2}Z/, (_, date: string, time: string) => {
    if (allDay) return `UNTIL=${date}`;
    const wall = { y: +date.slice(0, 4), mo: +date.slice(4, 6), d: +date.slice(6, 8), h: +time.slice(0, 2), mi: +time.slice(2) };
    return `UNTIL=${utcStamp(zonedToUtc(wall, tz))}`;
  });
}

/** Occurrences moved on their own: the series skips them (their own tasks are in the feed too). */
function exdateLines(t: FeedTask): string[] {
  const list = parseJson<string[]>(t.exdates) ?? [];
  if (list.length === 0) return [];
  const stamp = (wall: string) => wall.replace(/[-:]/g, '');
  return t.due_date
    ? [`EXDATE;VALUE=DATE:${list.map((w) => stamp(w.slice(0, 10))).join(',')}`]
    : [`EXDATE;TZID=${t.time_zone}:${list.map((w) => `${stamp(w)}00`).join(',')}`];
}

/** Calls and meetings occupy time (VEVENT); to-dos, emails and follow-ups are VTODOs with a DUE. */
function taskLines(t: FeedTask): string[] {
  const event = EVENT_TYPES.has(t.type);
  const kind = event ? 'VEVENT' : 'VTODO';
  const lines = [`BEGIN:${kind}`, `UID:task-${t.id}@spilno`, `DTSTAMP:${utcStamp(Date.parse(t.updated_at))}`];
  lines.push(`SUMMARY:${escapeText(t.title)}`);
  if (t.description) lines.push(`DESCRIPTION:${escapeText(t.description)}`);
  if (t.due_date) {
    lines.push(`DTSTART;VALUE=DATE:${dateStamp(t.due_date)}`);
    lines.push(
      event ? `DTEND;VALUE=DATE:${dateStamp(addDays(t.due_date, 1))}` : `DUE;VALUE=DATE:${dateStamp(addDays(t.due_date, 1))}`,
    );
  } else if (t.due_at) {
    const start = Date.parse(t.due_at);
    const end = start + (t.duration_min ?? 30) * 60_000;
    // A series keeps its local time across DST only when written in its zone; single ones go in UTC.
    const stamp = (ms: number) =>
      t.rrule ? `;TZID=${t.time_zone}:${wallStamp(ms, offsetAt(ms, t.time_zone))}` : `:${utcStamp(ms)}`;
    lines.push(`DTSTART${stamp(start)}`);
    lines.push(event ? `DTEND${stamp(end)}` : `DUE${stamp(Math.max(end, start + 60_000))}`);
  }
  if (t.rrule) lines.push(`RRULE:${feedRule(t.rrule, Boolean(t.due_date), t.time_zone)}`, ...exdateLines(t));
  if (event) lines.push(`STATUS:${t.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`);
  else lines.push(`STATUS:${TODO_STATUS[t.status] ?? 'NEEDS-ACTION'}`, `PERCENT-COMPLETE:${t.progress}`);
  lines.push(`PRIORITY:${PRIORITY[t.priority] ?? 5}`, `END:${kind}`);
  return lines;
}

export async function feedLines(db: Kysely<DB>, user: { id: string; name: string }): Promise<string[]> {
  const now = Date.now();
  const from = new Date(now - BACK_MS).toISOString();
  const to = new Date(now + AHEAD_MS).toISOString();
  const columns = [
    'id',
    'title',
    'description',
    'type',
    'status',
    'priority',
    'progress',
    'due_at',
    'due_date',
    'duration_min',
    'rrule',
    'exdates',
    'time_zone',
    'updated_at',
  ] as const;
  const tasks = await db
    .selectFrom('tasks')
    .select(columns)
    .where('assignee_id', '=', user.id)
    .where((eb) => eb.or([eb.and([eb('starts_at', '>=', from), eb('starts_at', '<', to)]), eb('rrule', 'is not', null)]))
    .orderBy('starts_at')
    .limit(LIMIT)
    .execute();
  const meetings = await db
    .selectFrom('activities')
    .select(['id', 'subject', 'body', 'occurred_at', 'updated_at'])
    .where('type', '=', 'meeting')
    .where('author_id', '=', user.id)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .limit(LIMIT)
    .execute();
  const year = new Date(now).getUTCFullYear();
  const zones = [...new Set(tasks.filter((t) => t.rrule && t.due_at).map((t) => t.time_zone))];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Spilno CRM//Tasks//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(`Spilno — ${user.name}`)}`,
    ...zones.flatMap((tz) => vtimezone(tz, year - 1, year + 2)),
  ];
  for (const t of tasks) lines.push(...taskLines(t));
  for (const m of meetings) {
    const start = Date.parse(m.occurred_at);
    lines.push(
      'BEGIN:VEVENT',
      `UID:activity-${m.id}@spilno`,
      `DTSTAMP:${utcStamp(Date.parse(m.updated_at))}`,
      `DTSTART:${utcStamp(start)}`,
      `DTEND:${utcStamp(start + 3_600_000)}`,
      `SUMMARY:${escapeText(m.subject ?? (m.body.split('\n')[0] || 'Meeting'))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines;
}
