import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import type { Engine } from '../db/connection.ts';
import type { DB } from '../db/types.ts';
import { writeLockWaiters } from '../db/write-lock.ts';
import { jobHandlers } from './jobs.ts';
import { hasDueJob } from './queue.ts';
import type { JobLog } from './worker.ts';

export type ThreadData = { databaseUrl: string; pgSchema?: string };
/** What the thread starts with: `writers` counts connections waiting to write (db/write-lock.ts). */
export type ThreadStart = ThreadData & { writers: SharedArrayBuffer };
export type ThreadMessage = { level: keyof JobLog; obj: object; msg: string };

// A 50 MB file (the upload limit) is read whole; this leaves room for it and its batches.
const HEAP_MB = 512;
const POLL_MS = 1000;

/**
 * Runs the job worker (imports…) on a thread of its own with its own database connection. On
 * the main thread a long job held every request: better-sqlite3 answers synchronously, and a
 * request waited for a whole batch, or a whole import. The thread is started when a job is due
 * and ends once none has been for a while, so an idle server does not carry a second isolate
 * (~70 MB). A job that outgrows its heap ends the thread, not the server; the job is due again
 * when its lock expires, and taken up as an attempt more.
 */
export function startJobsThread(
  main: { db: Kysely<DB>; engine: Engine },
  data: ThreadData,
  log: JobLog,
): { stop: () => Promise<void> } {
  const names = Object.keys(jobHandlers(main));
  let thread: Worker | undefined;
  let stopping = false;
  const start = () => {
    const started = new Worker(new URL('./thread-boot.mjs', import.meta.url), {
      workerData: { ...data, writers: writeLockWaiters() } satisfies ThreadStart,
      // The parent's flags are V8 tuning for the request path; a thread takes none of them.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    started.on('message', (m: ThreadMessage) => log[m.level](m.obj, m.msg));
    started.on('error', (err) => log.error({ err }, 'the job thread failed'));
    started.on('exit', () => {
      thread = undefined;
    });
    thread = started;
  };
  let checking = false;
  const timer = setInterval(async () => {
    if (thread || stopping || checking) return;
    checking = true;
    try {
      if (await hasDueJob(main.db, names)) start();
    } catch (err) {
      log.error({ err }, 'could not look for due jobs');
    } finally {
      checking = false;
    }
  }, POLL_MS);
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        clearInterval(timer);
        if (!thread) return resolve();
        thread.once('exit', () => resolve());
        thread.postMessage('stop');
      }),
  };
}
