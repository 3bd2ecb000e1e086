import type { Kysely } from 'kysely';

/**
 * Indexes under foreign keys that had none. Deleting a contact made the database look through
 * every lead for ones pointing at it (ON DELETE SET NULL): undoing an import of 100,000
 * contacts next to 200,000 leads did not finish in five minutes. Foreign keys to users stay
 * without an index where the table is large (activities, stage history, payments): a user is
 * deleted rarely and only once they own nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const indexes = [
    ['leads_contact_idx', 'leads', 'contact_id'],
    ['leads_company_idx', 'leads', 'company_id'],
    ['leads_deal_idx', 'leads', 'deal_id'],
    ['task_reminders_user_idx', 'task_reminders', 'user_id'],
    ['documents_owner_idx', 'documents', 'owner_id'],
  ] as const;
  for (const [name, table, column] of indexes) await db.schema.createIndex(name).on(table).column(column).execute();
}
