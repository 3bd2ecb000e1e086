import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run bench:smoke`: the small data set in a throwaway SQLite file, then every built
 * scenario (and the baseline) for 2 s at 1 and 10 connections. It proves the benchmark code
 * still runs against today's API and fails on any non-2xx; its numbers mean nothing.
 */
const dir = mkdtempSync(join(tmpdir(), 'spilno-bench-smoke-'));
const env = { ...process.env, DATABASE_URL: `sqlite://${join(dir, 'smoke.db')}` };
const step = (script: string, args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: 'inherit' });
  return r.status ?? 1;
};
let status = 1;
try {
  status = step('bench/data/generate.ts', ['--scale', 'small']);
  if (status === 0)
    status = step('bench/run.ts', ['--duration', '2', '--connections', '1,10', '--port', '3921', '--import-rows', '2000']);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(status === 0 ? 'bench:smoke passed' : 'bench:smoke FAILED');
process.exit(status);
