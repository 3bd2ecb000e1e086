import { setImmediate } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Engine } from '../db/connection.ts';
import type { DB } from '../db/types.ts';
import { giveWayToWriters } from '../db/write-lock.ts';
import { type ClaimedJob, claimJob, completeJob, failJob, heartbeat, releaseJob, setJobProgress } from './queue.ts';

export type JobTools = {
  /** Aborted when the worker stops: a long handler returns at its next safe point. */
  signal: AbortSignal;
  progress: (value: unknown) => Promise<void>;
};
export type JobHandler = (job: ClaimedJob, tools: JobTools) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;
/** What a job says about itself: the app's logger, or the job thread's messages to it. */
export type JobLog = { error: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };
export type WorkerDeps = { db: Kysely<DB>; engine: Engine; log?: JobLog };
/** `idleMs`: the worker ends by itself once no job was due for that long (the job thread's way out). */
export type WorkerOptions = { pollMs?: number; lockMs?: number; backoffMs?: number; idleMs?: number };

/**
 * What a job that works in batches awaits between them: a request waiting to write goes first
 * (db/write-lock.ts), and the job thread hears "stop" (better-sqlite3 answers synchronously, so
 * the awaits of a batch never leave the microtask queue).
 */
export async function betweenBatches(): Promise<void> {
  await giveWayToWriters();
  await setImmediate();
}

/** What a handler throws to tell the worker "stopped on purpose, hand the job back". */
export class JobInterrupted extends Error {}

const defaults = { pollMs: 1000, lockMs: 60_000, backoffMs: 5_000 };

/**
 * Claims and runs one due job; answers false when none was due. The lock is renewed every third
 * of its length, so a live job keeps it and a crashed worker's job is taken over once it expires.
 */
export async function runOneJob(
  deps: WorkerDeps,
  handlers: JobHandlers,
  options: WorkerOptions = {},
  signal: AbortSignal = new AbortController().signal,
): Promise<boolean> {
  const { lockMs, backoffMs } = { ...defaults, ...options };
  const job = await claimJob(deps.db, deps.engine, Object.keys(handlers), lockMs);
  if (!job) return false;
  const handler = handlers[job.name] as JobHandler;
  if (job.attempts > job.maxAttempts) {
    await failJob(deps.db, job, 'Gave up: the job was interrupted too many times.', backoffMs);
    return true;
  }
  const beat = setInterval(() => {
    heartbeat(deps.db, job.id, lockMs).catch((err) => deps.log?.warn({ err, job: job.id }, 'job heartbeat failed'));
  }, lockMs / 3);
  try {
    await handler(job, { signal, progress: (value) => setJobProgress(deps.db, job.id, value) });
    await completeJob(deps.db, job.id);
  } catch (err) {
    if (err instanceof JobInterrupted) await releaseJob(deps.db, job.id);
    else {
      const status = await failJob(deps.db, job, err instanceof Error ? err.message : String(err), backoffMs);
      deps.log?.error({ err, job: job.id, name: job.name, status }, 'job failed');
    }
  } finally {
    clearInterval(beat);
  }
  return true;
}

/** `done` settles when the loop has ended: stopped, or idle for `idleMs`. */
export type Worker = { stop: () => Promise<void>; done: Promise<void> };

/** Polls for due jobs until stopped; `stop()` interrupts the running job and waits for it. */
export function startWorker(deps: WorkerDeps, handlers: JobHandlers, options: WorkerOptions = {}): Worker {
  const { pollMs, idleMs } = { ...defaults, ...options };
  const abort = new AbortController();
  let wake: () => void = () => {};
  let lastWork = Date.now();
  const loop = (async () => {
    while (!abort.signal.aborted) {
      let worked = false;
      try {
        worked = await runOneJob(deps, handlers, options, abort.signal);
      } catch (err) {
        // The database may be briefly unavailable; keep polling rather than die.
        deps.log?.error({ err }, 'job worker could not claim a job');
      }
      if (worked) lastWork = Date.now();
      else if (idleMs !== undefined && Date.now() - lastWork >= idleMs) return;
      if (!worked && !abort.signal.aborted) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  })();
  return {
    async stop() {
      abort.abort();
      wake();
      await loop;
    },
    done: loop,
  };
}
