// A worker thread for write-lock.test.ts: holds SQLite's write lock batch after batch, as an
// import on the job thread does, and gives way to waiting writers between batches when told to.
import { parentPort, workerData } from 'node:worker_threads';
import { sql } from 'kysely';
import { openDatabase } from './connection.ts';
import { giveWayToWriters, shareWriteLockWaiters } from './write-lock.ts';

const { url, writers, batches, batchMs, giveWay } = workerData as {
  url: string;
  writers: SharedArrayBuffer;
  batches: number;
  batchMs: number;
  giveWay: boolean;
};
shareWriteLockWaiters(writers);
const { db, close } = openDatabase(url);
for (let i = 0; i < batches; i++) {
  await db.transaction().execute(async (trx) => {
    await sql`insert into batches (n) values (${i})`.execute(trx);
    // Holds the lock the way a batch of rows does: better-sqlite3 works synchronously.
    for (const end = Date.now() + batchMs; Date.now() < end; );
  });
  if (giveWay) await giveWayToWriters();
}
await close();
parentPort?.postMessage('done');
