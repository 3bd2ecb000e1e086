import { describe, expect, it } from 'vitest';
import { nextOccurrence, normalizeRule, occurrencesBetween } from './recurrence.ts';
import { floating, zonedToUtc } from './zoned-time.ts';

const start = { y: 2026, mo: 3, d: 27, h: 9, mi: 0 };

describe('recurrence rules', () => {
  it('accepts RFC 5545 rules and refuses nonsense', () => {
    expect(normalizeRule('FREQ=WEEKLY;BYDAY=MO,FR', start)).toBe('FREQ=WEEKLY;BYDAY=MO,FR');
    for (const bad of ['FREQ=SOMETIMES', 'FREQ=DAILY;BYDAY=XX', 'hello', 'DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY'])
      expect(() => normalizeRule(bad, start), bad).toThrow();
    expect(() => normalizeRule('FREQ=DAILY;UNTIL=20250101T000000Z', start)).toThrow(/ends before/);
  });

  it('keeps local time across the Kyiv DST change and respects COUNT', () => {
    const walls = occurrencesBetween('FREQ=DAILY;COUNT=3', start, start, Date.UTC(2026, 3, 30));
    expect(walls.map((w) => new Date(zonedToUtc(w, 'Europe/Kyiv')).toISOString())).toEqual([
      '2026-03-27T07:00:00.000Z',
      '2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z',
    ]);
    expect(nextOccurrence('FREQ=DAILY;COUNT=3', start, { ...start, d: 29 })).toBeNull();
    expect(floating(nextOccurrence('FREQ=DAILY;COUNT=3', start, start) ?? start)).toBe(Date.UTC(2026, 2, 28, 9));
  });
});
