// The job thread (see thread.ts): its own connection, the same handlers, logs sent to the main
// thread; it ends once no job has been due for a while, and the main thread starts it again.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection.ts';
import { shareWriteLockWaiters } from '../db/write-lock.ts';
import { startJobs } from './jobs.ts';
import type { ThreadMessage, ThreadStart } from './thread.ts';

const IDLE_MS = 30_000;

if (!parentPort) throw new Error('thread-entry.ts runs as a worker thread (startJobsThread)');
const port = parentPort;
const { databaseUrl, pgSchema, writers } = workerData as ThreadStart;
shareWriteLockWaiters(writers);
const database = openDatabase(databaseUrl, { poolSize: 2, ...(pgSchema ? { pgSchema } : {}) });

const send = (level: ThreadMessage['level']) => (obj: object, msg: string) => {
  try {
    port.postMessage({ level, obj, msg } satisfies ThreadMessage);
  } catch {
    // Something in obj that cannot cross threads: the message alone still can.
    port.postMessage({ level, obj: { detail: String(obj) }, msg } satisfies ThreadMessage);
  }
};
const jobs = startJobs(
  { db: database.db, engine: database.engine, log: { error: send('error'), warn: send('warn') } },
  { idleMs: IDLE_MS },
);
port.once('message', () => void jobs.stop());
await jobs.done;
await database.close();
port.close();
