import { describe, expect, it } from 'vitest';
import { localDate, offsetAt, startOfDay, wallOf, zonedToUtc } from './zoned-time.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wall time in a zone across DST', () => {
  it('turns Kyiv wall times into instants on both sides of the spring change', () => {
    expect(iso(zonedToUtc({ y: 2026, mo: 3, d: 28, h: 9, mi: 0 }, 'Europe/Kyiv'))).toBe('2026-03-28T07:00:00.000Z');
    expect(iso(zonedToUtc({ y: 2026, mo: 3, d: 29, h: 9, mi: 0 }, 'Europe/Kyiv'))).toBe('2026-03-29T06:00:00.000Z');
  });

  it('moves a time inside the spring gap later by the gap (03:30 does not exist in Kyiv on 29 March)', () => {
    const ms = zonedToUtc({ y: 2026, mo: 3, d: 29, h: 3, mi: 30 }, 'Europe/Kyiv');
    expect(iso(ms)).toBe('2026-03-29T01:30:00.000Z');
    expect(wallOf(ms, 'Europe/Kyiv')).toMatchObject({ h: 4, mi: 30 });
  });

  it('takes the earlier instant of a time that happens twice in the autumn (Rome, 02:30 on 25 October)', () => {
    expect(iso(zonedToUtc({ y: 2026, mo: 10, d: 25, h: 2, mi: 30 }, 'Europe/Rome'))).toBe('2026-10-25T00:30:00.000Z');
    expect(offsetAt(Date.parse('2026-10-25T01:30:00Z'), 'Europe/Rome')).toBe(3_600_000);
  });

  it('finds local midnight and the local date', () => {
    expect(iso(startOfDay('2026-10-25', 'Europe/Rome'))).toBe('2026-10-24T22:00:00.000Z');
    expect(localDate(Date.parse('2026-10-24T22:30:00Z'), 'Europe/Kyiv')).toBe('2026-10-25');
  });
});
