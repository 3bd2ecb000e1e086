import type { Kysely } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/**
 * A notification email that the mail server refused is tried again later (backing off) instead
 * of being given up at the first failure: attempts so far, and when the next one may start.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .alterTable('notifications')
    .addColumn('email_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('notifications').addColumn('email_retry_at', t.timestamp).execute();
}
