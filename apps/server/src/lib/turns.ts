import { setImmediate } from 'node:timers/promises';

/**
 * Hands on each batch, then lets the event loop take a turn. better-sqlite3 reads synchronously,
 * so a loop of awaited queries never leaves the microtask queue: an export of 50,000 contacts
 * held every other request for its 14 s. Requests now go in between batches.
 */
export async function* givingTurns<T>(batches: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  for await (const batch of batches) {
    yield batch;
    await setImmediate();
  }
}
