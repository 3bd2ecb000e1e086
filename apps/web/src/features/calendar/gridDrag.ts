import type { Active, Over } from '@dnd-kit/core';
import type { CalendarEvent } from '@spilno/schema';
import { dayKey } from './range.ts';
import { DAY_MIN, durationOf, minutesInto, movedTo, PX_PER_MIN, resized, SNAP_MIN } from './timeGrid.ts';
import type { Reschedule } from './useReschedule.tsx';

/** A timed task dropped from the all-day strip gets an hour. */
const FROM_ALL_DAY_MIN = 60;

export type DragData = { event: CalendarEvent; kind: 'move' | 'resize'; day: Date };
export type DropData = { zone: 'all-day' | 'time'; day: Date };

/** Where an event would land: a day in the all-day strip, or a start and a length in the grid. */
export type Landing = { event: CalendarEvent; day: Date; allDay: boolean; start: Date; durationMin: number };

export const columnAttr = 'data-time-column';

/**
 * The landing under the pointer. The column's rectangle is read now rather than at drag start,
 * so scrolling the grid while dragging still lands where the event is seen.
 */
export function landingOf(active: Active, over: Over | null, deltaY: number): Landing | null {
  const data = active.data.current as DragData | undefined;
  if (!data) return null;
  const { event } = data;
  if (data.kind === 'resize') {
    const durationMin = resized(durationOf(event), deltaY / PX_PER_MIN);
    return { event, day: data.day, allDay: false, start: new Date(event.start), durationMin };
  }
  const drop = over?.data.current as DropData | undefined;
  if (!drop) return null;
  if (drop.zone === 'all-day') return { event, day: drop.day, allDay: true, start: drop.day, durationMin: DAY_MIN };
  const column = document.querySelector(`[${columnAttr}="${dayKey(drop.day)}"]`)?.getBoundingClientRect();
  const rect = active.rect.current.translated;
  if (!column || !rect) return null;
  const durationMin = event.allDay ? FROM_ALL_DAY_MIN : durationOf(event);
  const { start } = movedTo(drop.day, (rect.top - column.top) / PX_PER_MIN, durationMin);
  return { event, day: drop.day, allDay: false, start, durationMin };
}

/** What to save for a landing, or null when nothing changes. */
export function changeOf(landing: Landing): Reschedule | null {
  const { event } = landing;
  if (landing.allDay) {
    const date = dayKey(landing.day);
    return event.allDay && event.date === date ? null : { dueDate: date, dueAt: null };
  }
  const moved = event.allDay || Date.parse(event.start) !== landing.start.getTime();
  const longer = event.allDay || durationOf(event) !== landing.durationMin;
  if (!moved && !longer) return null;
  return {
    dueAt: landing.start.toISOString(),
    ...(event.allDay && { dueDate: null }),
    ...(longer && { durationMin: landing.durationMin }),
  };
}

/** A keyboard step: arrows move by a quarter hour or a day, Shift with up and down changes the length. */
export function keyStep(landing: Landing, key: string, shift: boolean, days: Date[]): Landing | null {
  const index = days.findIndex((d) => dayKey(d) === dayKey(landing.day));
  const dayStep = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (dayStep) {
    const day = days[index + dayStep];
    if (!day) return landing;
    if (landing.allDay) return { ...landing, day, start: day };
    return { ...landing, day, start: movedTo(day, minutesInto(landing.start, landing.day), landing.durationMin).start };
  }
  const minutes = key === 'ArrowDown' ? SNAP_MIN : key === 'ArrowUp' ? -SNAP_MIN : 0;
  if (!minutes || landing.allDay) return minutes ? landing : null;
  if (shift) return { ...landing, durationMin: resized(landing.durationMin, minutes) };
  const top = minutesInto(landing.start, landing.day) + minutes;
  return { ...landing, start: movedTo(landing.day, top, landing.durationMin).start };
}

/** The landing an event starts from, before any key is pressed. */
export function landingAt(event: CalendarEvent, day: Date): Landing {
  return { event, day, allDay: event.allDay, start: new Date(event.start), durationMin: durationOf(event) };
}
