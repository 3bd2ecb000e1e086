import { setTimeout as sleep } from 'node:timers/promises';

/**
 * SQLite has one write lock per file, and its busy handler is not fair: a connection waiting for
 * the lock retries every few to 100 ms, so the job thread, writing batch after batch, took it
 * first every time and a request waiting to write waited for the whole import. Each thread's
 * connection counts itself here, in memory the server's threads share, while it waits for the
 * lock; a job gives way between batches while the count is above zero, and only then.
 */
let waiting = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

/** The count's memory, handed to the job thread with its start-up data. */
export function writeLockWaiters(): SharedArrayBuffer {
  return waiting.buffer as SharedArrayBuffer;
}

/** On the job thread: count in the main thread's memory. */
export function shareWriteLockWaiters(buffer: SharedArrayBuffer): void {
  waiting = new Int32Array(buffer);
}

/** Runs `take`, which waits for the write lock and holds it once it returns, counted meanwhile. */
export function waitingForWriteLock<T>(take: () => T): T {
  Atomics.add(waiting, 0, 1);
  try {
    return take();
  } finally {
    Atomics.sub(waiting, 0, 1);
  }
}

/** Lets every connection that is waiting to write have the lock first (for at most `limitMs`). */
export async function giveWayToWriters(limitMs = 10_000): Promise<void> {
  for (const until = Date.now() + limitMs; Atomics.load(waiting, 0) > 0 && Date.now() < until; ) await sleep(1);
}
