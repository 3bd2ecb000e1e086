import type { CalendarEvent } from '@spilno/schema';
import { describe, expect, it } from 'vitest';
import { layoutDay, minutesInto, movedTo, resized } from './timeGrid.ts';

const day = new Date(2026, 10, 24);
const at = (h: number, m = 0, d = 24) => new Date(2026, 10, d, h, m).toISOString();
const event = (key: string, start: string, end: string, allDay = false) =>
  ({ key, start, end, allDay, title: key }) as CalendarEvent;

describe('the hour grid', () => {
  it('puts overlapping events side by side and lets the rest use the full width', () => {
    const placed = layoutDay(
      [
        event('a', at(9), at(10)),
        event('b', at(9, 30), at(11)),
        event('c', at(10), at(10, 30)),
        event('d', at(12), at(13)),
        event('whole day', at(0), at(0, 0, 25), true),
      ],
      day,
    );
    const by = Object.fromEntries(placed.map((p) => [p.event.key, [p.top, p.bottom, p.lane, p.lanes]]));
    expect(by).toEqual({
      a: [540, 600, 0, 2],
      b: [570, 660, 1, 2],
      c: [600, 630, 0, 2],
      d: [720, 780, 0, 1],
    });
  });

  it('clips events that cross midnight and gives short ones a quarter hour', () => {
    const placed = layoutDay(
      [event('late', at(23), at(1, 0, 25)), event('early', at(22, 0, 23), at(1, 0, 24)), event('blip', at(8), at(8))],
      day,
    );
    expect(placed.map((p) => [p.event.key, p.top, p.bottom])).toEqual([
      ['early', 0, 60],
      ['blip', 480, 495],
      ['late', 1380, 1440],
    ]);
    expect(minutesInto(at(1, 0, 25), day)).toBe(1500);
  });

  it('snaps moves to quarter hours inside the day and keeps resizes at least a quarter hour long', () => {
    expect(movedTo(day, 607, 45)).toEqual({ start: new Date(2026, 10, 24, 10, 0), end: new Date(2026, 10, 24, 10, 45) });
    expect(movedTo(day, 1500, 30).start).toEqual(new Date(2026, 10, 24, 23, 45));
    expect(movedTo(day, -40, 30).start).toEqual(new Date(2026, 10, 24, 0, 0));
    expect(resized(30, 22)).toBe(45);
    expect(resized(30, -80)).toBe(15);
  });
});
