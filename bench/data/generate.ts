import { engineOf, openDatabase, sqlitePath } from '../../apps/server/src/db/connection.ts';
import { migrateToLatest } from '../../apps/server/src/db/migrate.ts';
import { DEFAULT_DB, parseArgs } from '../lib/args.ts';
import { type Ctx, progressPrinter, SCALES, type Scale, type State, seeded } from './context.ts';
import { DEPENDENT_TABLES, ENTITIES } from './registry.ts';
import { PgSink, type Sink, SqliteSink } from './sink.ts';

/** `npm run bench:data -- --scale small|medium|large [--force]` into DATABASE_URL (default bench/data.db). */
const args = parseArgs();
const scale = (args.get('scale') ?? 'small') as Scale;
if (!(scale in SCALES)) {
  console.error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  process.exit(2);
}
const url = process.env.DATABASE_URL ?? DEFAULT_DB;
const force = args.has('force');

const started = performance.now();
const database = openDatabase(url);
const applied = await migrateToLatest(database);
if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
const existing = await database.db
  .selectFrom('contacts')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
await database.close();
if (Number(existing.n) > 0 && !force) {
  console.error(
    `${url} already holds ${Number(existing.n).toLocaleString('en')} contacts; refusing to add to it. Pass --force to empty it first.`,
  );
  process.exit(3);
}

const sink: Sink = engineOf(url) === 'postgres' ? new PgSink(url) : new SqliteSink(sqlitePath(url));
const repaired = await sink.restoreDeferred();
if (repaired) console.log(`restored ${repaired} indexes/triggers left dropped by an interrupted load`);
const tables = await sink.tables();
const runnable = ENTITIES.filter((e) => e.generate && e.tables.every((t) => tables.has(t)));
if (force) {
  const owned = [...DEPENDENT_TABLES, ...runnable.flatMap((e) => e.tables).reverse()].filter((t) => tables.has(t));
  console.log(`--force: emptying ${owned.join(', ')}`);
  await sink.clear(owned);
}

console.log(`generating ${scale} (${SCALES[scale]} of large) into ${url} (${sink.engine})`);
const state: State = {
  users: [],
  companies: { ids: [], names: [], createdAt: new Float64Array(0), lang: [] },
  contacts: {
    ids: [],
    createdAt: new Float64Array(0),
    company: new Int32Array(0),
    owner: new Int32Array(0),
    lang: new Uint8Array(0),
  },
  products: { ids: [], sku: [], name: [], price: new Int32Array(0), cost: new Int32Array(0), vat: new Int32Array(0) },
  deals: { ids: [], contact: new Int32Array(0), createdAt: new Float64Array(0) },
  leads: { ids: [] },
  orders: { ids: [] },
};
const ctx: Ctx = {
  sink,
  scale,
  n: (large) => Math.max(1, Math.round(large * SCALES[scale])),
  state,
  rnd: (entity) => seeded(scale, entity),
  progress: progressPrinter,
};

// Indexes are built once after the load: sorting once beats updating B-trees row by row.
const restore = await sink.deferIndexes(runnable.flatMap((e) => e.tables));
const skipped: string[] = [];
for (const entity of ENTITIES) {
  const missing = entity.tables.filter((t) => !tables.has(t));
  if (missing.length) {
    skipped.push(`${entity.name} (no table ${missing.join(', ')} yet)`);
    continue;
  }
  if (!entity.generate) {
    skipped.push(`${entity.name} (table exists, no generator yet: add bench/data/entities/${entity.name}.ts)`);
    continue;
  }
  const t = performance.now();
  console.log(`${entity.name}…`);
  await entity.generate(ctx);
  console.log(`${entity.name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const t = performance.now();
console.log('indexes and full-text index…');
await restore();
console.log(`indexes done in ${((performance.now() - t) / 1000).toFixed(1)} s`);

for (const table of runnable.flatMap((e) => e.tables))
  console.log(`  ${table}: ${(await sink.count(table)).toLocaleString('en')}`);
await sink.close();
if (skipped.length) console.log(`skipped: ${skipped.join('; ')}`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
