import { Worker } from 'node:worker_threads';
import type { JobLog } from './worker.ts';

export type ThreadData = { databaseUrl: string; pgSchema?: string };
export type ThreadMessage = { level: keyof JobLog; obj: object; msg: string };

// A 50 MB file (the upload limit) is read whole; this leaves room for it and its batches.
const HEAP_MB = 512;

/**
 * Runs the job worker (imports…) on a thread of its own with its own database connection. On
 * the main thread a long job held every request: better-sqlite3 answers synchronously, and a
 * request waited for a whole batch, or a whole import. A job that outgrows its heap ends its
 * thread, not the server; a thread that ends unasked is started again, and its job is taken
 * over when its lock expires, as an attempt more.
 */
export function startJobsThread(data: ThreadData, log: JobLog): { stop: () => Promise<void> } {
  let thread: Worker | undefined;
  let stopping = false;
  let restart: NodeJS.Timeout | undefined;
  const start = () => {
    const started = new Worker(new URL('./thread-boot.mjs', import.meta.url), {
      workerData: data,
      // The parent's flags are V8 tuning for the request path; a thread takes none of them.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    started.on('message', (m: ThreadMessage) => log[m.level](m.obj, m.msg));
    started.on('error', (err) => log.error({ err }, 'the job thread failed'));
    started.on('exit', (code) => {
      thread = undefined;
      if (stopping) return;
      log.error({ code }, 'the job thread ended; starting it again');
      restart = setTimeout(start, 5000);
    });
    thread = started;
  };
  start();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        clearTimeout(restart);
        if (!thread) return resolve();
        thread.once('exit', () => resolve());
        thread.postMessage('stop');
      }),
  };
}
