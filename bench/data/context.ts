import type { Lang } from '../../apps/server/src/cli/demo-data/names.ts';
import { Random } from './random.ts';
import type { Sink } from './sink.ts';

export const SCALES = { small: 0.01, medium: 0.1, large: 1 } as const;
export type Scale = keyof typeof SCALES;

/** The generator's known sign-in, so `npm run bench` can log in as each role. */
export const BENCH_PASSWORD = 'Bench-Spilno-2026!';
export const benchEmail = (role: string, n: number) => `${role}${n}@bench.spilno.test`;

/** Dates fall in the three years before this day, fixed so that reruns give the same rows. */
export const NOW = Date.parse('2026-11-20T12:00:00Z');
export const YEARS3 = 3 * 365 * 86400_000;

export type UserRef = { id: string; role: string; name: string };

/**
 * What later entities need to know about earlier ones (ids to reference, creation times to stay
 * after). Kept in typed arrays: at 1,000,000 contacts objects per row would cost hundreds of MB.
 */
export type State = {
  users: UserRef[];
  companies: { ids: string[]; names: string[]; createdAt: Float64Array; lang: Lang[] };
  contacts: { ids: string[]; createdAt: Float64Array; company: Int32Array; owner: Int32Array; lang: Uint8Array };
  /** The catalogue, as deal and order lines copy it. */
  products: { ids: string[]; sku: string[]; name: string[]; price: Int32Array; cost: Int32Array; vat: Int32Array };
  deals: { ids: string[]; contact: Int32Array; createdAt: Float64Array };
  leads: { ids: string[] };
  orders: { ids: string[] };
};

export type Ctx = {
  sink: Sink;
  scale: Scale;
  /** Rows of an entity at this scale, from its count at `large`. */
  n: (large: number) => number;
  state: State;
  rnd: (entity: string) => Random;
  progress: (label: string, total: number) => Progress;
};

export type Progress = { tick: (rows?: number) => void; done: () => void };

/** One file per entity under entities/, listed in registry.ts in dependency order. */
export type Entity = {
  name: string;
  /** Tables it writes; the entity is skipped when one does not exist yet. */
  tables: string[];
  /** The main table's rows at the large scale (issue 6). */
  large: number;
  generate?: (ctx: Ctx) => Promise<void>;
};

/** A stable seed per entity name, so adding an entity does not reshuffle the others' data. */
export function seeded(scale: Scale, entity: string): Random {
  let h = 2166136261;
  for (const ch of `${scale}:${entity}`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return new Random(h);
}

export function progressPrinter(label: string, total: number): Progress {
  const started = performance.now();
  let rows = 0;
  let calls = 0;
  let last = started;
  const line = (final: boolean) => {
    const s = (performance.now() - started) / 1000;
    const rate = Math.round(rows / Math.max(s, 0.001));
    const pct = total ? ` ${Math.min(100, Math.round((rows / total) * 100))}%` : '';
    console.log(
      `  ${label}: ${rows.toLocaleString('en')}${final ? ' rows' : `/${total.toLocaleString('en')}`}${final ? '' : pct} in ${s.toFixed(1)} s, ${rate.toLocaleString('en')} rows/s`,
    );
  };
  return {
    tick(n = 1) {
      rows += n;
      if (++calls % 4096 === 0) {
        const now = performance.now();
        if (now - last > 5000) {
          last = now;
          line(false);
        }
      }
    },
    done: () => line(true),
  };
}
