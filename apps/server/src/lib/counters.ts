import type { Kysely } from 'kysely';
import type { DB } from '../db/types.ts';
import { nowIso } from './time.ts';

/**
 * The next value of a named sequence, taken atomically by the caller's transaction (one
 * upsert, no read-then-write race), so two orders never get one number.
 */
export async function nextInSequence(db: Kysely<DB>, name: string): Promise<number> {
  const at = nowIso();
  const row = await db
    .insertInto('counters')
    .values({ name, value: 1, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1), updated_at: at })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** Fills `{YYYY}` and `{N:5}` in a number format such as `SO-{YYYY}-{N:5}`. */
export function formatNumber(format: string, year: number, n: number): string {
  return format
    .replaceAll('{YYYY}', String(year))
    .replace(/\{N(?::(\d))?\}/, (_, pad) => String(n).padStart(Number(pad ?? 0), '0'));
}
