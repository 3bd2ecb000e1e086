import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/**
 * An import's uploaded file moves out of the `imports` row into its own table: every progress
 * update of a running import rewrote the whole row, file included (57 ms per batch for a 3 MB
 * CSV on SQLite, a third of the import's time).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  await db.schema
    .createTable('import_files')
    .addColumn('import_id', t.id, (c) => c.primaryKey().references('imports.id').onDelete('cascade'))
    .addColumn('data', engine === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await sql`insert into import_files (import_id, data, created_at, updated_at)
    select id, file_data, created_at, updated_at from imports`.execute(db);
  await db.schema.alterTable('imports').dropColumn('file_data').execute();
}
