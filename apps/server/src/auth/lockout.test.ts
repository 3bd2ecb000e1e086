import { describe, expect, it } from 'vitest';
import { LOCKOUT, lockedUntil } from './lockout.ts';

const min = 60_000;
const now = 100 * min;

describe('lockedUntil', () => {
  it('does not lock below the threshold', () => {
    expect(lockedUntil([now - 4 * min, now - 3 * min, now - 2 * min, now - min], 5, now)).toBeNull();
  });

  it('locks for 30 minutes from the failure that reaches the threshold within 15 minutes', () => {
    const failures = [0, 1, 2, 3, 4].map((i) => now - 10 * min + i * min);
    expect(lockedUntil(failures, 5, now)).toBe(now - 6 * min + LOCKOUT.lockMs);
  });

  it('does not lock when the failures are spread over more than 15 minutes', () => {
    const failures = [0, 4, 8, 12, 16].map((m) => now - 20 * min + m * min);
    expect(lockedUntil(failures, 5, now)).toBeNull();
  });

  it('releases the lock after 30 minutes', () => {
    const failures = [0, 1, 2, 3, 4].map((i) => now - 40 * min + i * min);
    expect(lockedUntil(failures, 5, now)).toBeNull();
  });
});
