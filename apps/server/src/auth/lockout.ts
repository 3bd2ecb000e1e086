/**
 * Brute-force policy (OWASP authentication cheat sheet): 5 failed sign-ins for one account or
 * 20 from one address within 15 minutes lock further attempts for 30 minutes.
 */
export const LOCKOUT = {
  accountFailures: 5,
  addressFailures: 20,
  windowMs: 15 * 60_000,
  lockMs: 30 * 60_000,
} as const;

/** How far back failures can still matter: a window that ended just before a lock began. */
export const LOCKOUT_LOOKBACK_MS = LOCKOUT.windowMs + LOCKOUT.lockMs;

/**
 * The end of the current lock, or null. `failures` are failure times (ms) in ascending order; a
 * lock starts at the failure that makes `threshold` failures within the window.
 */
export function lockedUntil(failures: readonly number[], threshold: number, now: number): number | null {
  let until: number | null = null;
  for (let i = threshold - 1; i < failures.length; i++) {
    const last = failures[i] as number;
    const first = failures[i - threshold + 1] as number;
    if (last - first <= LOCKOUT.windowMs) until = Math.max(until ?? 0, last + LOCKOUT.lockMs);
  }
  return until !== null && until > now ? until : null;
}
