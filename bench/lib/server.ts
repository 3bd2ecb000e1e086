import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
// @ts-expect-error plain JavaScript module of the start scripts, without types
import { SERVER_NODE_ARGS } from '../../scripts/lib.mjs';

export type Running = {
  url: string;
  pid: number;
  /** Highest resident memory seen by polling since the last call, in MB. */
  takePeak: () => number;
  /** The kernel's high-water mark of the process's RSS since start (VmHWM), in MB. */
  hwm: () => number;
  stop: () => Promise<void>;
};

const statusKb = (pid: number, field: string): number => {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
};

/**
 * Starts a Node program on a loopback port and waits until `readyPath` answers. Polls its RSS
 * every 100 ms so each scenario can report its own peak, besides the lifetime VmHWM.
 */
export async function startProcess(opts: {
  script: string;
  port: number;
  env: Record<string, string>;
  readyPath: string;
  name: string;
}): Promise<Running> {
  // BENCH_NODE_ARGS adds flags for a look inside, e.g. `--cpu-prof --cpu-prof-dir=bench/results/prof`.
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_ARGS, ...extra, opts.script], {
    env: { ...process.env, ...opts.env, PORT: String(opts.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const pid = child.pid ?? 0;
  let exited = false;
  child.once('exit', (code) => {
    exited = true;
    if (code) console.error(`${opts.name} exited with code ${code}`);
  });
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${opts.name} did not start`);
    try {
      if ((await fetch(url + opts.readyPath)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`${opts.name} did not answer ${opts.readyPath} within 60 s`);
    }
    await sleep(200);
  }
  let peak = 0;
  let hwm = 0;
  // VmHWM is read while the process lives: after it exits /proc has nothing to tell.
  const timer = setInterval(() => {
    peak = Math.max(peak, statusKb(pid, 'VmRSS'));
    hwm = Math.max(hwm, statusKb(pid, 'VmHWM'));
  }, 100);
  return {
    url,
    pid,
    takePeak: () => {
      const p = Math.max(peak, statusKb(pid, 'VmRSS'));
      peak = 0;
      return Math.round(p / 1024);
    },
    hwm: () => Math.round(Math.max(hwm, statusKb(pid, 'VmHWM')) / 1024),
    stop: async () => {
      clearInterval(timer);
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([done, sleep(10_000)]);
      if (!exited) child.kill('SIGKILL');
    },
  };
}
