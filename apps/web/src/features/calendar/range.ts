export type CalendarView = 'month' | 'week' | 'day' | 'agenda';

const DAY = 86_400_000;
export const startOfDay = (d: Date): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate());
export const addDays = (d: Date, n: number): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
const pad = (n: number) => String(n).padStart(2, '0');
export const dayKey = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Monday-first weeks, as in Ukraine, Italy and most of Europe. */
const startOfWeek = (d: Date): Date => addDays(startOfDay(d), -((d.getDay() + 6) % 7));

/** The days a view shows around `anchor`: six weeks for a month, seven days, one day, or two weeks of agenda. */
export function daysOf(view: CalendarView, anchor: Date): Date[] {
  const first =
    view === 'month'
      ? startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth(), 1))
      : view === 'week'
        ? startOfWeek(anchor)
        : startOfDay(anchor);
  const count = { month: 42, week: 7, day: 1, agenda: 14 }[view];
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

export function step(view: CalendarView, anchor: Date, dir: 1 | -1): Date {
  if (view === 'month') return new Date(anchor.getFullYear(), anchor.getMonth() + dir, 1);
  return addDays(anchor, dir * { week: 7, day: 1, agenda: 14 }[view]);
}

/** Moves an instant to another day, keeping its local time of day. */
export function moveToDay(iso: string, day: Date): string {
  const d = new Date(iso);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), d.getHours(), d.getMinutes()).toISOString();
}

/** The local day an event belongs to (all-day events carry their date). */
export const eventDay = (e: { start: string; date: string | null }): string => e.date ?? dayKey(new Date(e.start));
export const spanDays = (days: Date[]) => ({
  from: days[0] as Date,
  to: new Date((days[days.length - 1] as Date).getTime() + DAY),
});
