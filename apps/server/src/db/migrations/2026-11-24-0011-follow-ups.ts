import { type Kysely, sql } from 'kysely';

/**
 * Lets the deal_no_activity rule find silent deals by range scans instead of reading every deal;
 * "is there anything after this activity?" is answered by activities_deal_idx (0010).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Deal activities by time alone: the window the rule moves through.
  await db.schema
    .createIndex('activities_deal_occurred_idx')
    .on('activities')
    .columns(['occurred_at', 'id'])
    .where(sql.raw<boolean>('deal_id is not null'))
    .execute();
  // Deals that never had an activity fall silent counted from their creation.
  await db.schema.createIndex('deals_created_idx').on('deals').columns(['created_at', 'id']).execute();
}
