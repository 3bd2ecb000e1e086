import { latinSpellings, normalizeText } from '../../../apps/server/src/lib/search-text.ts';
import type { UserRef } from '../context.ts';
import { type Random, Zipf } from '../random.ts';

/** Latin letters for emails and web addresses: "Олена Ковальська" → "olena kovalska". */
export function latin(text: string): string {
  const normalized = normalizeText(text);
  return latinSpellings(normalized)[0] ?? normalized;
}

/** Record owners as indexes into `users` (-1: none). Managers hold most, unevenly: a top seller owns several times what the newest one does. */
export function ownerPicker(users: UserRef[], rnd: Random): () => number {
  const sellers = users.flatMap((u, i) => (u.role === 'manager' || u.role === 'support' ? [i] : []));
  const zipf = new Zipf(sellers.length, 0.8, 1);
  return () => (rnd.chance(0.03) ? -1 : (sellers[zipf.rank(rnd)] ?? -1));
}

export const userId = (users: UserRef[], i: number): string | null => (i < 0 ? null : (users[i]?.id ?? null));
