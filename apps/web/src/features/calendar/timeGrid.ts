import type { CalendarEvent } from '@spilno/schema';

/** One hour is two 30-minute slots of 24 px: a working day fits a laptop screen, a tap hits a slot. */
export const HOUR_PX = 48;
export const PX_PER_MIN = HOUR_PX / 60;
/** Drags and the arrow keys move in quarter hours. */
export const SNAP_MIN = 15;
export const DAY_MIN = 24 * 60;
/** The grid opens scrolled to the start of a working day. */
export const OPEN_AT_HOUR = 8;
/** A task without a duration lasts this long on the server too. */
export const DEFAULT_DURATION_MIN = 30;

export const snap = (min: number): number => Math.round(min / SNAP_MIN) * SNAP_MIN;
export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** Minutes since local midnight of `day`; a DST day still draws 24 rows, as wall clocks do. */
export const minutesInto = (iso: string | Date, day: Date): number => {
  const d = new Date(iso);
  const days = Math.round((new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() - day.getTime()) / 86_400_000);
  return days * DAY_MIN + d.getHours() * 60 + d.getMinutes();
};

/** The instant at `minutes` of wall time into `day`, in the browser's zone. */
export const atMinutes = (day: Date, minutes: number): Date =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes);

export type Placed = {
  event: CalendarEvent;
  /** Minutes into the day, clipped to it. */
  top: number;
  bottom: number;
  /** Side by side: this event's lane among `lanes` that its overlapping group needs. */
  lane: number;
  lanes: number;
};

/**
 * Timed events of one day, clipped to it and laid out in lanes: events that overlap (directly or
 * through a chain) share the width, each in the first lane free at its start.
 */
export function layoutDay(events: CalendarEvent[], day: Date): Placed[] {
  const pieces = events
    .filter((e) => {
      const start = minutesInto(e.start, day);
      return !e.allDay && start < DAY_MIN && (start >= 0 || minutesInto(e.end, day) > 0);
    })
    .map((e) => {
      const top = clamp(minutesInto(e.start, day), 0, DAY_MIN);
      const end = clamp(minutesInto(e.end, day), 0, DAY_MIN);
      // Short events still get a quarter hour of height, so they can be read and tapped.
      return { event: e, top, bottom: Math.max(end, Math.min(top + SNAP_MIN, DAY_MIN)), lane: 0, lanes: 1 };
    })
    .sort((a, b) => a.top - b.top || b.bottom - a.bottom || a.event.key.localeCompare(b.event.key));
  const placed: Placed[] = [];
  let group: Placed[] = [];
  let groupEnd = -1;
  let laneEnds: number[] = [];
  const close = () => {
    for (const p of group) p.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };
  for (const p of pieces) {
    if (p.top >= groupEnd) close();
    const free = laneEnds.findIndex((end) => end <= p.top);
    p.lane = free === -1 ? laneEnds.length : free;
    laneEnds[p.lane] = p.bottom;
    groupEnd = Math.max(groupEnd, p.bottom);
    group.push(p);
    placed.push(p);
  }
  close();
  return placed;
}

/** Where a timed event moved: start snapped to the grid and kept inside the day, length unchanged. */
export function movedTo(day: Date, topMin: number, durationMin: number): { start: Date; end: Date } {
  const top = clamp(snap(topMin), 0, DAY_MIN - SNAP_MIN);
  return { start: atMinutes(day, top), end: atMinutes(day, top + durationMin) };
}

/** A new length after dragging the bottom edge: whole quarter hours, at least one. */
export const resized = (durationMin: number, deltaMin: number): number => Math.max(SNAP_MIN, snap(durationMin + deltaMin));

export const durationOf = (e: Pick<CalendarEvent, 'start' | 'end'>): number =>
  Math.max(SNAP_MIN, Math.round((Date.parse(e.end) - Date.parse(e.start)) / 60_000));
