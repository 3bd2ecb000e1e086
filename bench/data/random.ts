/**
 * A seeded generator, so two runs at one scale build the same data set and their benchmark
 * numbers compare like with like. sfc32: fast in JS (32-bit integer ops only), good enough
 * statistically for test data.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d = 1;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = seed >>> 0;
    for (let i = 0; i < 16; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += this.int(10);
    return s;
  }

  /** Pareto (heavy tail, minimum 1): most draws near 1, a few very large. */
  pareto(alpha: number): number {
    return 1 / (1 - this.next()) ** (1 / alpha);
  }
}

/** Picks from fixed weights in O(log n); built once per distribution. */
export class Weighted<T> {
  private readonly cdf: Float64Array;

  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    this.cdf = cumulative(weights);
  }

  pick(rnd: Random): T {
    return this.items[search(this.cdf, rnd.next())] as T;
  }
}

/**
 * Zipf–Mandelbrot over ranks 0..n-1: p(k) ∝ 1/(k+1+q)^s. The offset q flattens the head so the
 * biggest company has thousands of contacts rather than a tenth of the whole table.
 */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(n: number, s: number, q: number) {
    const w = new Float64Array(n);
    for (let k = 0; k < n; k++) w[k] = 1 / (k + 1 + q) ** s;
    this.cdf = cumulative(w);
  }

  rank(rnd: Random): number {
    return search(this.cdf, rnd.next());
  }
}

function cumulative(weights: ArrayLike<number>): Float64Array {
  const cdf = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] ?? 0;
    cdf[i] = sum;
  }
  for (let i = 0; i < cdf.length; i++) cdf[i] = (cdf[i] ?? 0) / sum;
  return cdf;
}

function search(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] ?? 1) > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Fisher–Yates permutation of 0..n-1, so "popular" ranks land on scattered rows. */
export function permutation(n: number, rnd: Random): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    const t = p[i] as number;
    p[i] = p[j] as number;
    p[j] = t;
  }
  return p;
}

/** UUIDv7 carrying a given time, so generated ids sort like ids the server would have minted then. */
export function uuidv7At(ms: number, rnd: Random): string {
  const hex = (v: number, len: number) => v.toString(16).padStart(len, '0');
  const time = hex(Math.floor(ms), 12);
  const r1 = rnd.int(0x1000);
  const r2 = 0x8000 | rnd.int(0x4000);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(r1, 3)}-${hex(r2, 4)}-${hex(rnd.int(0x1000000), 6)}${hex(rnd.int(0x1000000), 6)}`;
}
