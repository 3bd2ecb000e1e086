import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { engineOf } from '../apps/server/src/db/connection.ts';
import { BENCH_PASSWORD, benchEmail } from './data/context.ts';
import { DEFAULT_DB, parseArgs } from './lib/args.ts';
import { loadDataset } from './lib/dataset.ts';
import { type LoadResult, load } from './lib/load.ts';
import { printTable, type Row } from './lib/report.ts';
import { startProcess } from './lib/server.ts';
import { SCENARIOS } from './scenarios/registry.ts';
import type { Role } from './scenarios/types.ts';

/**
 * `npm run bench [-- --duration 10 --connections 1,50 --only search --no-baseline --import-rows 100000]`: the
 * production server on loopback against the generated database, every built scenario at each
 * connection count, then the raw baseline with the same requests. Any non-2xx fails the run.
 */
const args = parseArgs();
const duration = Number(args.get('duration') ?? 10);
const connections = (args.get('connections') ?? '1,50').split(',').map(Number);
const only = args.get('only');
const url = process.env.DATABASE_URL ?? DEFAULT_DB;
const port = Number(args.get('port') ?? 3901);
const warmup = Math.min(2, Math.max(1, Math.round(duration / 5)));

// The server serves the web build in production; WEB_DIST points it at another build, as it does the server.
const webDist = process.env.WEB_DIST ?? 'apps/web/dist';
if (!existsSync(`${webDist}/index.html`)) {
  console.error(`No web build in ${webDist}: run \`npm run build\` first.`);
  process.exit(2);
}

const dataset = await loadDataset(url);
// Other work on a 2-core machine skews every number; the load average says how much there was.
const load1 = () => loadavg()[0]?.toFixed(1);
const loadBefore = load1();
console.log(`${cpus().length} cores, Node ${process.version}, load average ${loadBefore}`);
console.log(
  `${url} (${engineOf(url)}): ${dataset.contacts.toLocaleString('en')} contacts; ${duration} s per run at ${connections.join(' and ')} connections`,
);

const spilno = await startProcess({
  name: 'Spilno',
  script: 'apps/server/src/main.ts',
  port,
  readyPath: '/api/v1/auth/setup',
  env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '100000000', DATABASE_URL: url },
});

async function signIn(role: Role): Promise<string> {
  const res = await fetch(`${spilno.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: benchEmail(role, 1), password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in as ${role} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

type Runner = { url: string; readyPath: string; takePeak: () => number };
/**
 * Requests in flight when autocannon stops (up to one per connection, seconds each when a query
 * is slow) would still be running during the next measurement. Handlers interleave at every
 * await, so one probe is answered early; the server is idle once probes come back fast in a row.
 */
async function drain(target: Runner) {
  const deadline = Date.now() + 300_000;
  for (let fast = 0; fast < 3 && Date.now() < deadline; ) {
    const t = performance.now();
    await fetch(target.url + target.readyPath, { signal: AbortSignal.timeout(120_000) });
    fast = performance.now() - t < 20 ? fast + 1 : 0;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Warm-up first (JIT, page cache), not reported, but its failures count. */
async function measure(
  target: Runner,
  requests: ReturnType<NonNullable<(typeof SCENARIOS)[number]['requests']>>,
  token?: string,
) {
  const headers = token ? { authorization: `Bearer ${token}` } : undefined;
  const warm = await load({ url: target.url, connections: 4, duration: warmup, requests, ...(headers && { headers }) });
  await drain(target);
  target.takePeak();
  const runs: LoadResult[] = [];
  for (const c of connections) {
    runs.push(await load({ url: target.url, connections: c, duration, requests, ...(headers && { headers }) }));
    await drain(target);
  }
  return { runs, warmFailures: warm.failures, warmFailure: warm.firstFailure, rss: target.takePeak() };
}

const rows: Row[] = [];
/** Rows whose scenario the raw baseline serves too. */
const compared = new Map<Row, (typeof SCENARIOS)[number]>();
let failed = false;
try {
  const tokens: Record<Role, string> = { manager: await signIn('manager'), admin: await signIn('admin') };
  const spec = (await (await fetch(`${spilno.url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const has = (need: string) => {
    const [method = '', path = ''] = need.split(' ');
    return Boolean(spec.paths[path]?.[method]);
  };
  for (const s of SCENARIOS) {
    if (only && !s.name.includes(only)) continue;
    if (!s.needs.every(has)) {
      rows.push({ name: s.name, status: 'not built yet' });
      continue;
    }
    if (s.once) {
      process.stdout.write(`${s.name}… `);
      await drain({ ...spilno, readyPath: '/api/v1/auth/setup' });
      try {
        const line = await s.once({ url: spilno.url, token: tokens[s.as], args });
        rows.push({ name: s.name, status: line });
        console.log(line);
      } catch (error) {
        failed = true;
        rows.push({ name: s.name, status: 'failed', errors: 1, firstFailure: String(error) });
        console.log(`failed: ${error}`);
      }
      continue;
    }
    if (!s.requests) {
      rows.push({ name: s.name, status: 'route exists; scenario not written yet' });
      continue;
    }
    process.stdout.write(`${s.name}… `);
    const m = await measure({ ...spilno, readyPath: '/api/v1/auth/setup' }, s.requests(dataset), tokens[s.as]);
    const errors = m.warmFailures + m.runs.reduce((n, r) => n + r.failures, 0);
    const firstFailure = m.warmFailure ?? m.runs.find((r) => r.firstFailure)?.firstFailure ?? null;
    if (errors) failed = true;
    const row: Row = { name: s.name, runs: m.runs, errors, rss: m.rss, firstFailure };
    rows.push(row);
    if (s.baseline) compared.set(row, s);
    console.log(m.runs.map((r) => `${Math.round(r.rps)} req/s`).join(', '));
  }
} finally {
  await spilno.stop();
}
const spilnoHwm = spilno.hwm();

if (!args.has('no-baseline') && compared.size) {
  const base = await startProcess({
    name: 'baseline',
    script: 'bench/baseline.ts',
    port: port + 1,
    readyPath: '/health',
    env: { DATABASE_URL: url },
  });
  try {
    for (const [row, s] of compared) {
      process.stdout.write(`baseline: ${row.name}… `);
      const m = await measure({ ...base, readyPath: '/health' }, s.requests?.(dataset) ?? []);
      const failure = m.warmFailure ?? m.runs.find((r) => r.firstFailure)?.firstFailure;
      if (failure) {
        failed = true;
        row.firstFailure = `${row.firstFailure ?? ''} baseline: ${failure}`.trim();
      }
      row.baseline = m.runs;
      console.log(m.runs.map((r) => `${Math.round(r.rps)} req/s`).join(', '));
    }
  } finally {
    await base.stop();
  }
}

printTable(rows, connections);
console.log(
  `Spilno server peak RSS over the whole run (VmHWM): ${spilnoHwm} MB; load average before ${loadBefore}, after ${load1()}`,
);
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/bench-${engineOf(url)}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  JSON.stringify(
    { url, duration, connections, contacts: dataset.contacts, spilnoHwm, loadBefore, loadAfter: load1(), rows },
    null,
    2,
  ),
);
console.log(`results: ${file}`);
if (failed) {
  console.error('FAILED: some requests did not answer 2xx (first failure of each scenario above).');
  process.exit(1);
}
