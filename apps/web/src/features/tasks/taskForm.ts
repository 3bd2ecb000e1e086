import type { Task, TaskUpdate } from '@spilno/schema';

export const REPEATS = {
  none: null,
  daily: 'FREQ=DAILY',
  weekdays: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  weekly: 'FREQ=WEEKLY',
  monthly: 'FREQ=MONTHLY',
} as const;
export type Repeat = keyof typeof REPEATS;
export const REMINDER_OPTIONS = ['0', '15', '60', '1440'] as const;

export type TaskForm = {
  title: string;
  description: string;
  type: Task['type'];
  priority: Task['priority'];
  status: Task['status'];
  progress: number;
  /** `datetime-local` value (local time) or a `date` value for all-day tasks. */
  due: string;
  allDay: boolean;
  durationMin: number | null;
  checklist: Task['checklist'];
  reminders: string[];
  repeat: Repeat;
};

const pad = (n: number) => String(n).padStart(2, '0');
const localInput = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export function toForm(task: Task): TaskForm {
  const repeat = (Object.entries(REPEATS).find(([, r]) => r === task.rrule)?.[0] ?? (task.rrule ? 'weekly' : 'none')) as Repeat;
  return {
    title: task.title,
    description: task.description,
    type: task.type,
    priority: task.priority,
    status: task.status,
    progress: task.progress,
    due: task.dueAt ? localInput(task.dueAt) : (task.dueDate ?? ''),
    allDay: Boolean(task.dueDate),
    durationMin: task.durationMin,
    checklist: task.checklist,
    reminders: task.reminders.map((r) => String(r.minutesBefore)),
    repeat,
  };
}

/** The occurrence of a series the calendar opened, shown with that occurrence's own due. */
export type Occurrence = { start: string; date: string | null };
export const atOccurrence = (task: Task, occurrence: Occurrence | null | undefined): Task =>
  occurrence && task.rrule ? { ...task, dueAt: occurrence.date ? null : occurrence.start, dueDate: occurrence.date } : task;

/** Series-wide fields; the rest may change for one occurrence alone. */
const SERIES_ONLY = ['rrule', 'status', 'progress', 'timeZone'] as const;
export function splitPatch(patch: TaskUpdate): { series: TaskUpdate; occurrence: TaskUpdate } {
  const series: TaskUpdate = {};
  const occurrence: TaskUpdate = { ...patch };
  for (const key of SERIES_ONLY) {
    if (key in occurrence) Object.assign(series, { [key]: occurrence[key] });
    delete occurrence[key];
  }
  return { series, occurrence };
}

/** Only what changed goes to the server, so an untouched reminder is not re-validated. */
export function toPatch(form: TaskForm, task: Task): TaskUpdate {
  const before = toForm(task);
  const patch: TaskUpdate = {};
  if (form.title !== before.title) patch.title = form.title;
  if (form.description !== before.description) patch.description = form.description;
  if (form.type !== before.type) patch.type = form.type;
  if (form.priority !== before.priority) patch.priority = form.priority;
  if (form.status !== before.status) patch.status = form.status;
  if (form.progress !== before.progress) patch.progress = form.progress;
  if (form.durationMin !== before.durationMin) patch.durationMin = form.durationMin;
  if (JSON.stringify(form.checklist) !== JSON.stringify(before.checklist)) patch.checklist = form.checklist;
  if (form.due !== before.due || form.allDay !== before.allDay) {
    if (!form.due) Object.assign(patch, { dueAt: null, dueDate: null });
    else if (form.allDay) Object.assign(patch, { dueDate: form.due.slice(0, 10), dueAt: null });
    else Object.assign(patch, { dueAt: new Date(form.due).toISOString(), dueDate: null });
  }
  if (form.repeat !== before.repeat) patch.rrule = REPEATS[form.repeat];
  if (form.reminders.join() !== before.reminders.join())
    patch.reminders = form.reminders.map((m) => ({ minutesBefore: Number(m) }));
  return patch;
}
