import type { Activity } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { ActivityRow, DB } from '../../db/types.ts';

export type ActivityRecord = ActivityRow & { author_name: string | null };

export const selectActivities = (db: Kysely<DB>) =>
  db
    .selectFrom('activities')
    .leftJoin('users', 'users.id', 'activities.author_id')
    .selectAll('activities')
    .select('users.name as author_name');

export const findActivity = (db: Kysely<DB>, id: string) =>
  selectActivities(db).where('activities.id', '=', id).executeTakeFirst() as Promise<ActivityRecord | undefined>;

export function presentActivity(row: ActivityRecord): Activity {
  return {
    id: row.id,
    type: row.type as Activity['type'],
    contactId: row.contact_id,
    companyId: row.company_id,
    dealId: row.deal_id,
    subject: row.subject,
    body: row.body,
    direction: row.direction as Activity['direction'],
    durationSec: row.duration_sec,
    outcome: row.outcome,
    occurredAt: row.occurred_at,
    authorId: row.author_id,
    authorName: row.author_name,
    pinned: Boolean(row.pinned),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
