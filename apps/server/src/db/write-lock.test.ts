import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './connection.ts';
import { giveWayToWriters, waitingForWriteLock, writeLockWaiters } from './write-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'spilno-write-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const waiters = () => Atomics.load(new Int32Array(writeLockWaiters()), 0);

async function rows(db: Database['db'], table: string): Promise<number> {
  const { rows: r } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(r[0]?.n);
}

describe('the write lock between threads', () => {
  it('counts a caller while it waits, and lets a job go on once nobody does', async () => {
    expect(waitingForWriteLock(() => waiters())).toBe(1);
    expect(waiters()).toBe(0);

    const buffer = new Int32Array(writeLockWaiters());
    Atomics.add(buffer, 0, 1);
    let gaveWay = false;
    const job = giveWayToWriters().then(() => {
      gaveWay = true;
    });
    await sleep(30);
    expect(gaveWay).toBe(false);
    Atomics.sub(buffer, 0, 1);
    await job;
    expect(gaveWay).toBe(true);
  });

  it('lets a write on the main thread in between a job thread’s batches', async () => {
    const url = `sqlite://${join(dir, 'lock.db')}`;
    const main = openDatabase(url);
    await sql`create table batches (n integer)`.execute(main.db);
    await sql`create table saves (at integer)`.execute(main.db);
    const batches = 100;
    const worker = new Worker(
      `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./write-lock.fixture.ts', import.meta.url).href)}); })`,
      { eval: true, workerData: { url, writers: writeLockWaiters(), batches, batchMs: 20, giveWay: true } },
    );
    const done = new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    try {
      while ((await rows(main.db, 'batches')) === 0) await sleep(5);
      // Two seconds of batches; each save waits for the batch in progress, not for all of them.
      for (let i = 0; i < 5; i++) {
        const started = Date.now();
        await sql`insert into saves (at) values (${started})`.execute(main.db);
        expect(Date.now() - started).toBeLessThan(500);
        await main.db.transaction().execute(async (trx) => {
          await sql`insert into saves (at) values (${Date.now()})`.execute(trx);
        });
        expect(Date.now() - started).toBeLessThan(1000);
      }
      expect(await rows(main.db, 'batches')).toBeLessThan(batches);
      await done;
      expect(await rows(main.db, 'batches')).toBe(batches);
      expect(await rows(main.db, 'saves')).toBe(10);
    } finally {
      await worker.terminate();
      await main.close();
    }
  });
});
