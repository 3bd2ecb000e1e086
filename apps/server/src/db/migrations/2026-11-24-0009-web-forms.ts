import type { Kysely } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/** Web-to-lead forms: who may post to them, and whose turn it is to get the next lead. */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('web_forms')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('active', t.bool, (c) => c.notNull())
    .addColumn('allowed_origins', t.json, (c) => c.notNull())
    .addColumn('assign_mode', 'text', (c) => c.notNull())
    .addColumn('assignee_ids', t.json, (c) => c.notNull())
    .addColumn('next_assignee', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('success_message', 'text', (c) => c.notNull())
    .addColumn('redirect_url', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
}
