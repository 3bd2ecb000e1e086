import { z } from 'zod';
import { id, isoDateTime } from './common.ts';
import { TASK_STATUSES, TASK_TYPES } from './values.ts';

/** Longest range one calendar request may cover; a month view with its padding weeks fits easily. */
export const CALENDAR_MAX_DAYS = 62;

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Not a known time zone' },
);

export const calendarQuery = z
  .strictObject({
    from: isoDateTime,
    to: isoDateTime,
    userId: id.optional(),
    /**
     * A month of a busy team holds tens of thousands of events: with `perDay`, each day (in
     * `tz`, the viewer's zone) carries at most that many, earliest first, and `days` tells how
     * many it has in all.
     */
    perDay: z.coerce.number().int().min(1).max(100).optional(),
    tz: timeZone.optional(),
  })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: 'The end must be after the start', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= CALENDAR_MAX_DAYS * 86_400_000, {
    message: `At most ${CALENDAR_MAX_DAYS} days at once`,
    path: ['to'],
  });
export type CalendarQuery = z.infer<typeof calendarQuery>;

export const calendarEvent = z.object({
  /** Unique per occurrence: a task id, `taskId:start` for later occurrences of a series, or an activity id. */
  key: z.string(),
  source: z.enum(['task', 'meeting']),
  taskId: id.nullable(),
  activityId: id.nullable(),
  title: z.string(),
  start: isoDateTime,
  end: isoDateTime,
  allDay: z.boolean(),
  /** All-day events carry their date so the calendar need not guess the zone. */
  date: z.string().nullable(),
  type: z.enum(TASK_TYPES).nullable(),
  status: z.enum(TASK_STATUSES).nullable(),
  userId: id.nullable(),
  /** A later occurrence of a recurring task, computed from its rule; it moves through `/tasks/:id/occurrence`. */
  projected: z.boolean(),
  /** An occurrence of a series (the current one or a projection): moving it asks "this one or all following". */
  recurring: z.boolean(),
  contactId: id.nullable(),
  companyId: id.nullable(),
});
export type CalendarEvent = z.infer<typeof calendarEvent>;
/** `truncated`: the range held more events than one answer carries; narrow it (a week, one person). */
export const calendarAnswer = z.object({
  items: z.array(calendarEvent),
  truncated: z.boolean(),
  /** With `perDay`: every day of the range (YYYY-MM-DD in `tz`) with its number of events. */
  days: z.array(z.object({ date: z.string(), count: z.number().int() })).optional(),
});
export type CalendarAnswer = z.infer<typeof calendarAnswer>;

export const calendarFeed = z.object({ url: z.string() });
