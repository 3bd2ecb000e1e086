/**
 * What the demo and phone generators need from a random source. The benchmark's own sfc32
 * `Random` (bench/data/random.ts) fits it structurally, so the shared pools work with both.
 */
export interface Rng {
  next(): number;
  int(n: number): number;
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  digits(n: number): string;
}

/** mulberry32: seeded, so `seed --demo` builds the same customers on every machine. */
export function seededRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)] as (typeof items)[number],
    digits: (n) => Array.from({ length: n }, () => int(10)).join(''),
  };
}
