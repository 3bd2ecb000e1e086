// Shared by start.mjs and test.mjs: plain Node, no dependencies, so they run before `npm install`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  return result.status ?? 1;
}

export function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) process.exit(status);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(
    s.mtimeMs,
    ...readdirSync(path)
      .filter((n) => n !== 'node_modules' && n !== 'dist')
      .map((n) => newestMtime(join(path, n))),
  );
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  runOrExit('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Builds the web app when its build is missing or older than any of its sources. */
export function ensureWebBuilt() {
  const built = join(root, 'apps/web/dist/index.html');
  const sources = [
    'apps/web/src',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/package.json',
    'packages/schema/src',
  ];
  const newest = Math.max(...sources.map((s) => newestMtime(join(root, s))));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  console.log('Building the web app…');
  runOrExit('npm', ['run', 'build', '-w', '@spilno/web']);
}

/**
 * How the server process is started, by `npm start` and by the benchmarks alike. A 4 MB young
 * generation (V8's default is 16) kept the server under load ~35 MB smaller at the same
 * throughput (bench, mixed workload at 1,000,000 contacts). The old generation may grow by 25 %
 * of what is live before V8 collects it: by default it grew up to 4x (~60 MB live, 240 MB heap),
 * so the server reached 434 MB under the board scenario; with this, 188–281 MB across all of them,
 * at the same throughput (bench/README.md, "Memory under load").
 */
export const SERVER_NODE_ARGS = ['--max-semi-space-size=4', '--heap-growing-percent=25', '--import', 'tsx'];
