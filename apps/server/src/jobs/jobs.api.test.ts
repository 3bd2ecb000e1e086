import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { openTestDatabase, testEngine } from '../test/harness.ts';
import { enqueue, findJob, hasDueJob } from './queue.ts';
import { type JobHandlers, JobInterrupted, runOneJob, startWorker } from './worker.ts';

let database: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  await migrateToLatest(database);
});
afterAll(async () => {
  await database.close();
  await drop();
});

const until = async (check: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe(`durable jobs on ${testEngine}`, () => {
  it('runs a job enqueued in a transaction only if that transaction commits', async () => {
    const runs: unknown[] = [];
    const handlers: JobHandlers = { 'test.echo': async (job) => void runs.push(job.payload) };
    await database.db
      .transaction()
      .execute(async (trx) => {
        await enqueue(trx, 'test.echo', { n: 1 });
        throw new Error('rolled back');
      })
      .catch(() => {});
    const id = await database.db.transaction().execute((trx) => enqueue(trx, 'test.echo', { n: 2 }));
    while (await runOneJob(database, handlers)) {}
    expect(runs).toEqual([{ n: 2 }]);
    expect((await findJob(database.db, id))?.status).toBe('completed');
  });

  it('survives a stop and a restart, and runs the job once', async () => {
    let runs = 0;
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const handlers: JobHandlers = {
      'test.long': async (_job, { signal, progress }) => {
        runs += 1;
        if (runs === 1) {
          await progress({ step: 1 });
          started();
          await new Promise((r) => signal.addEventListener('abort', r));
          throw new JobInterrupted();
        }
      },
    };
    const id = await enqueue(database.db, 'test.long', {});
    const first = startWorker(database, handlers, { pollMs: 10 });
    await running;
    await first.stop();
    const released = await findJob(database.db, id);
    expect(released).toMatchObject({ status: 'queued', attempts: 0, progress: { step: 1 } });

    const second = startWorker(database, handlers, { pollMs: 10 });
    await until(async () => (await findJob(database.db, id))?.status === 'completed');
    await second.stop();
    expect(runs).toBe(2);
    expect((await findJob(database.db, id))?.attempts).toBe(1);
  });

  it('takes over a job whose worker crashed once its lock expires', async () => {
    const handlers: JobHandlers = { 'test.crash': async () => {} };
    const id = await enqueue(database.db, 'test.crash', {});
    // A crashed worker: the job stays "running" with a lock that has already run out.
    await database.db
      .updateTable('jobs')
      .set({ status: 'running', attempts: 1, locked_until: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', id)
      .execute();
    while (await runOneJob(database, handlers)) {}
    expect(await findJob(database.db, id)).toMatchObject({ status: 'completed', attempts: 2 });
  });

  it('does not take a running job whose lock is still held', async () => {
    const handlers: JobHandlers = { 'test.held': async () => {} };
    const id = await enqueue(database.db, 'test.held', {});
    await database.db
      .updateTable('jobs')
      .set({ status: 'running', attempts: 1, locked_until: new Date(Date.now() + 60_000).toISOString() })
      .where('id', '=', id)
      .execute();
    expect(await runOneJob(database, handlers)).toBe(false);
  });

  it('retries with backoff and gives up after the last attempt', async () => {
    let calls = 0;
    const handlers: JobHandlers = {
      'test.flaky': async () => {
        calls += 1;
        throw new Error(`boom ${calls}`);
      },
    };
    const id = await enqueue(database.db, 'test.flaky', {}, { maxAttempts: 3 });
    expect(await runOneJob(database, handlers, { backoffMs: 0 })).toBe(true);
    expect(await findJob(database.db, id)).toMatchObject({ status: 'queued', attempts: 1, last_error: 'boom 1' });
    while (await runOneJob(database, handlers, { backoffMs: 0 })) {}
    expect(await findJob(database.db, id)).toMatchObject({ status: 'failed', attempts: 3, last_error: 'boom 3' });
    expect(calls).toBe(3);
  });

  it('waits out the backoff before the next attempt', async () => {
    const handlers: JobHandlers = {
      'test.later': async () => {
        throw new Error('not yet');
      },
    };
    await enqueue(database.db, 'test.later', {});
    expect(await runOneJob(database, handlers, { backoffMs: 60_000 })).toBe(true);
    expect(await runOneJob(database, handlers, { backoffMs: 60_000 })).toBe(false);
  });

  it('hands each job to one of several concurrent workers only', async () => {
    const seen: string[] = [];
    const handlers: JobHandlers = { 'test.many': async (job) => void seen.push(job.id) };
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => enqueue(database.db, 'test.many', { i })));
    const workers = [1, 2, 3].map(() => startWorker(database, handlers, { pollMs: 5 }));
    await until(async () => seen.length >= 20);
    await Promise.all(workers.map((w) => w.stop()));
    expect(seen.sort()).toEqual(ids.sort());
  });

  it('tells whether a job is due, and a worker with idleMs ends once none has been', async () => {
    const handlers: JobHandlers = { 'test.idle': async () => {} };
    expect(await hasDueJob(database.db, ['test.idle'])).toBe(false);
    await enqueue(database.db, 'test.idle', {}, { runAt: new Date(Date.now() + 60_000).toISOString() });
    expect(await hasDueJob(database.db, ['test.idle'])).toBe(false);
    const id = await enqueue(database.db, 'test.idle', {});
    expect(await hasDueJob(database.db, ['test.idle'])).toBe(true);
    const worker = startWorker(database, handlers, { pollMs: 5, idleMs: 50 });
    await worker.done;
    expect((await findJob(database.db, id))?.status).toBe('completed');
    expect(await hasDueJob(database.db, ['test.idle'])).toBe(false);
  });
});
