import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES, TASK_VIEWS } from './values.ts';

/** Statuses that still need doing: the "my tasks" views and reminders only look at these. */
export const OPEN_TASK_STATUSES = ['open', 'in_progress'] as const;
export const DEFAULT_TIME_ZONE = 'Europe/Kyiv';
/** The links a task may carry; deals, leads, orders and tickets are plain ids until their modules exist. */
export const TASK_LINKS = ['contactId', 'companyId', 'dealId', 'leadId', 'orderId', 'ticketId'] as const;

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};
export const timeZone = z.string().max(64).refine(isTimeZone, { message: 'Unknown time zone' });
export const checklistItem = z.strictObject({ text: z.string().trim().min(1).max(300), done: z.boolean().default(false) });
export const reminder = z.strictObject({
  minutesBefore: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 60),
});
export type TaskReminder = z.infer<typeof reminder>;

export const task = z.object({
  id,
  title: z.string(),
  description: z.string(),
  type: z.enum(TASK_TYPES),
  dueAt: isoDateTime.nullable(),
  dueDate: z.string().nullable(),
  durationMin: z.number().int().nullable(),
  priority: z.enum(TASK_PRIORITIES),
  status: z.enum(TASK_STATUSES),
  progress: z.number().int(),
  checklist: z.array(z.object({ text: z.string(), done: z.boolean() })),
  assigneeId: id.nullable(),
  assigneeName: z.string().nullable(),
  watcherIds: z.array(id),
  createdById: id.nullable(),
  contactId: id.nullable(),
  companyId: id.nullable(),
  dealId: id.nullable(),
  leadId: id.nullable(),
  orderId: id.nullable(),
  ticketId: id.nullable(),
  rrule: z.string().nullable(),
  /** Local wall times (`2027-03-01T09:30`) a series skips because they were moved on their own. */
  exdates: z.array(z.string()),
  /** The series this task belongs to: its first task's id. */
  seriesId: id.nullable(),
  /** On an occurrence moved out of its series: the series wall time it replaces (RFC 5545 RECURRENCE-ID). */
  recurrenceId: z.string().nullable(),
  reminders: z.array(z.object({ minutesBefore: z.number().int() })),
  timeZone: z.string(),
  outcome: z.string().nullable(),
  completedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Task = z.infer<typeof task>;

const taskFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().max(20_000),
  type: z.enum(TASK_TYPES),
  dueAt: isoDateTime.nullable(),
  dueDate: z.iso.date().nullable(),
  // A negative duration would end before it starts.
  durationMin: z
    .number()
    .int()
    .min(0, { message: 'The end cannot be before the start' })
    .max(60 * 24 * 14)
    .nullable(),
  priority: z.enum(TASK_PRIORITIES),
  status: z.enum(TASK_STATUSES),
  progress: z.number().int().min(0).max(100),
  checklist: z.array(checklistItem).max(100),
  assigneeId: id.nullable(),
  watcherIds: z.array(id).max(50),
  contactId: id.nullable(),
  companyId: id.nullable(),
  dealId: id.nullable(),
  leadId: id.nullable(),
  orderId: id.nullable(),
  ticketId: id.nullable(),
  /** RFC 5545 RRULE value, e.g. `FREQ=WEEKLY;BYDAY=MO`; the server checks it with the rrule library. */
  rrule: z.string().trim().max(500).nullable(),
  reminders: z.array(reminder).max(10),
  timeZone,
};

const oneDue = (t: { dueAt?: string | null; dueDate?: string | null }) => !(t.dueAt && t.dueDate);
const dueMessage = { message: 'Give a due time or an all-day date, not both', path: ['dueDate'] };

export const taskCreate = z.strictObject(taskFields).partial().extend({ title: taskFields.title }).refine(oneDue, dueMessage);
export type TaskCreate = z.input<typeof taskCreate>;
export type TaskInput = z.output<typeof taskCreate>;

export const taskUpdate = z.strictObject(taskFields).partial().refine(oneDue, dueMessage);
export type TaskUpdate = z.input<typeof taskUpdate>;

/**
 * Moving or editing one occurrence of a recurring task. `this`: the series skips it and a task of
 * its own takes its place; `following`: the series ends before it and a new one starts from it.
 */
export const OCCURRENCE_SCOPES = ['this', 'following'] as const;
export type OccurrenceScope = (typeof OCCURRENCE_SCOPES)[number];
export const taskOccurrenceUpdate = z.strictObject({
  /** The occurrence as the calendar shows it: its start, or its date in an all-day series. */
  occurrence: z.union([isoDateTime, z.iso.date()]),
  scope: z.enum(OCCURRENCE_SCOPES),
  changes: z
    .strictObject(taskFields)
    .omit({ rrule: true, status: true, progress: true, timeZone: true })
    .partial()
    .refine(oneDue, dueMessage),
});
export type TaskOccurrenceUpdate = z.input<typeof taskOccurrenceUpdate>;

export const taskComplete = z.strictObject({
  outcome: z.string().trim().max(200).optional(),
  note: z.string().trim().max(5000).optional(),
});

export const taskListQuery = listQuery.omit({ q: true }).extend({
  view: z.enum(TASK_VIEWS).default('all'),
  assigneeId: id.optional(),
  status: z.enum(TASK_STATUSES).optional(),
  contactId: id.optional(),
  companyId: id.optional(),
  dealId: id.optional(),
  leadId: id.optional(),
  orderId: id.optional(),
  ticketId: id.optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  /** The caller's zone decides where "today" begins. */
  timeZone: timeZone.optional(),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

/**
 * Automatic follow-ups an admin switches on. A kind whose records a release does not have yet
 * is listed as unavailable, so the settings page can show what is coming.
 */
export const FOLLOW_UP_KINDS = ['contact_created', 'contact_no_activity', 'lead_created', 'deal_no_activity'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const followUpRule = z.object({
  kind: z.enum(FOLLOW_UP_KINDS),
  enabled: z.boolean(),
  available: z.boolean(),
  /** *_created: the task is due this many hours after creation; *_no_activity: days of silence. */
  amount: z.number().int(),
  taskType: z.enum(TASK_TYPES),
});
export type FollowUpRule = z.infer<typeof followUpRule>;
export const followUpRuleUpdate = z.strictObject({
  enabled: z.boolean().optional(),
  amount: z.number().int().min(1).max(365).optional(),
  taskType: z.enum(TASK_TYPES).optional(),
});
export const followUpKindParams = z.strictObject({ kind: z.enum(FOLLOW_UP_KINDS) });

/** Completing a recurring task answers the next occurrence too. */
export const taskCompleted = z.object({ task, next: task.nullable() });
