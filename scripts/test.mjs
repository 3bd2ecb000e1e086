// `npm test`: every suite. A suite that cannot run prints a loud SKIPPED line; with CI=true a
// skipped suite fails the run, so CI never passes by testing less.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled, ensureWebBuilt, root, run, SERVER_NODE_ARGS } from './lib.mjs';

ensureInstalled();
const pg = (await import('pg')).default;

const ci = process.env.CI === 'true';
const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const results = [];

async function pgProblem() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `${pgUrl} does not answer (${error.code ?? error.message})`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function waitFor(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function browserJourneys() {
  ensureWebBuilt();
  const port = 3100 + Math.floor(Math.random() * 800);
  const dbFile = join(tmpdir(), `spilno-e2e-${process.pid}.db`);
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `sqlite://${dbFile}`,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '100000',
  };
  const server = spawn(process.execPath, [...SERVER_NODE_ARGS, 'apps/server/src/main.ts'], { cwd: root, env, stdio: 'inherit' });
  try {
    if (!(await waitFor(`http://127.0.0.1:${port}/api/v1/auth/setup`, 30_000))) return 1;
    return run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
      env: { E2E_BASE_URL: `http://127.0.0.1:${port}` },
    });
  } finally {
    server.kill('SIGTERM');
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  }
}

const suites = [
  { name: 'lint and types', run: () => run('npm', ['run', 'lint']) },
  { name: 'unit and API tests on SQLite', run: () => run('npx', ['vitest', 'run'], { env: { TEST_DB: 'sqlite' } }) },
  {
    name: 'API tests on PostgreSQL',
    skip: pgProblem,
    run: () => run('npx', ['vitest', 'run', 'api.test'], { env: { TEST_DB: 'postgres', TEST_DATABASE_URL: pgUrl } }),
  },
  {
    name: 'browser journeys in Chromium',
    skip: async () => (existsSync(chromium) ? null : `${chromium} is missing (apt-get install -y chromium)`),
    run: browserJourneys,
  },
  // The benchmarks on the small data set for 2 s each: their code runs against today's API, and
  // any non-2xx answer fails; their numbers are not looked at here.
  { name: 'benchmark smoke', run: () => run('npm', ['run', 'bench:smoke']) },
];

for (const suite of suites) {
  const reason = suite.skip ? await suite.skip() : null;
  if (reason) {
    console.log(`\n${'!'.repeat(72)}\n!!! SKIPPED: ${suite.name} — ${reason}\n${'!'.repeat(72)}\n`);
    results.push({ name: suite.name, outcome: 'SKIPPED', reason });
    continue;
  }
  console.log(`\n=== ${suite.name} ===`);
  results.push({ name: suite.name, outcome: (await suite.run()) === 0 ? 'passed' : 'FAILED' });
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.outcome.padEnd(8)} ${r.name}${r.reason ? ` — ${r.reason}` : ''}`);
const failed = results.some((r) => r.outcome === 'FAILED') || (ci && results.some((r) => r.outcome === 'SKIPPED'));
if (ci && results.some((r) => r.outcome === 'SKIPPED')) console.log('CI=true: a skipped suite counts as a failure.');
process.exit(failed ? 1 : 0);
