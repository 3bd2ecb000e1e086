import type { Kysely } from 'kysely';

/**
 * The team calendar counts each day's tasks that are not cancelled. `tasks_starts_idx`
 * (starts_at, id) made every count read each task row for its status (1.2 ms a day warm, 27 ms
 * cold, for the ~1,100 tasks a day of a 1,000,000-task team); the same index with the status at
 * the end answers counts and the per-day lists from the index alone, so it replaces it. (An index
 * on (starts_at, status) next to the old one was not chosen by SQLite's planner.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('tasks_calendar_idx').on('tasks').columns(['starts_at', 'id', 'status']).execute();
  await db.schema.dropIndex('tasks_starts_idx').execute();
}
