import type { Kysely } from 'kysely';

/** A deal's timeline reads its entries newest first, like the contact and company timelines. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('activities_deal_idx').on('activities').columns(['deal_id', 'occurred_at', 'id']).execute();
}
