import type { Kysely } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/**
 * One occurrence of a recurring task can be moved on its own: the series lists the local wall
 * times it no longer produces (EXDATE), and the moved occurrence becomes a task of its own that
 * remembers which occurrence it replaces (RECURRENCE-ID), linked to the series by series_id.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  // A JSON array of wall times like "2027-03-01T09:30" (all-day: "2027-03-01T00:00"); null when none.
  await db.schema.alterTable('tasks').addColumn('exdates', t.json).execute();
  await db.schema.alterTable('tasks').addColumn('recurrence_id', 'text').execute();
  // The exceptions of a series, to list or clean them up with it.
  await db.schema.createIndex('tasks_series_idx').on('tasks').columns(['series_id', 'recurrence_id']).execute();
}
