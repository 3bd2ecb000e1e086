import { z } from 'zod';
import { id, isoDateTime } from './common.ts';
import { TASK_STATUSES, TASK_TYPES } from './tasks.ts';

/** Longest range one calendar request may cover; a month view with its padding weeks fits easily. */
export const CALENDAR_MAX_DAYS = 62;

export const calendarQuery = z
  .strictObject({ from: isoDateTime, to: isoDateTime, userId: id.optional() })
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
export const calendarAnswer = z.object({ items: z.array(calendarEvent), truncated: z.boolean() });

export const calendarFeed = z.object({ url: z.string() });
