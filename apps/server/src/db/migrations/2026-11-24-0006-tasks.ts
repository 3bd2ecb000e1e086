import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/**
 * Tasks with watchers and reminders, notifications with per-user channel preferences, calendar
 * feed tokens and automatic follow-up rules. Every index serves one query named beside it.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);

  await db.schema
    .createTable('tasks')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('due_at', t.timestamp)
    .addColumn('due_date', 'text')
    // starts_at: when it is on the calendar (all-day: local midnight); deadline_at: when it is late.
    .addColumn('starts_at', t.timestamp)
    .addColumn('deadline_at', t.timestamp)
    .addColumn('duration_min', 'integer')
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_open', t.bool, (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('checklist', t.json, (c) => c.notNull())
    .addColumn('assignee_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('company_id', t.id, (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('deal_id', t.id)
    .addColumn('lead_id', t.id)
    .addColumn('order_id', t.id)
    .addColumn('ticket_id', t.id)
    .addColumn('rrule', 'text')
    // The first occurrence's local wall time: recurrence (COUNT, UNTIL) is counted from it.
    .addColumn('series_start', 'text')
    .addColumn('series_id', t.id)
    .addColumn('reminders', t.json, (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('completed_at', t.timestamp)
    // Set while an open task may still become overdue; the scheduler clears it when it notifies.
    .addColumn('overdue_check_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  const index = (name: string, table: string, columns: string[], where?: string) => {
    const b = db.schema.createIndex(name).on(table).columns(columns);
    return (where ? b.where(sql.raw<boolean>(where)) : b).execute();
  };
  // "My tasks" (today / overdue / upcoming): one range scan per assignee.
  await index('tasks_assignee_open_idx', 'tasks', ['assignee_id', 'is_open', 'starts_at', 'id']);
  // Every task of a user (view=all, the user's calendar).
  await index('tasks_assignee_idx', 'tasks', ['assignee_id', 'starts_at', 'id']);
  await index('tasks_creator_idx', 'tasks', ['created_by_id', 'starts_at', 'id']);
  // The team calendar: a range over everyone.
  await index('tasks_starts_idx', 'tasks', ['starts_at', 'id']);
  // Recurring series that started before a calendar range still show in it.
  await index('tasks_recurring_idx', 'tasks', ['starts_at'], 'rrule is not null');
  await index('tasks_overdue_idx', 'tasks', ['overdue_check_at'], 'overdue_check_at is not null');
  for (const link of ['contact_id', 'company_id', 'deal_id', 'lead_id', 'order_id', 'ticket_id']) {
    await index(`tasks_${link}_idx`, 'tasks', [link, 'starts_at', 'id'], `${link} is not null`);
  }

  await db.schema
    .createTable('task_watchers')
    .addColumn('task_id', t.id, (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('task_watchers_pk', ['task_id', 'user_id'])
    .execute();
  await index('task_watchers_user_idx', 'task_watchers', ['user_id', 'task_id']);

  await db.schema
    .createTable('task_reminders')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('task_id', t.id, (c) => c.notNull().references('tasks.id').onDelete('cascade'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('minutes_before', 'integer', (c) => c.notNull())
    .addColumn('fire_at', t.timestamp, (c) => c.notNull())
    .addColumn('fired_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // The scheduler's "what is due" reads only unfired reminders, in firing order.
  await index('task_reminders_due_idx', 'task_reminders', ['fire_at'], 'fired_at is null');
  await index('task_reminders_task_idx', 'task_reminders', ['task_id']);

  await db.schema
    .createTable('notifications')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    // in_app off: the row exists only to be mailed, and the bell never shows it.
    .addColumn('in_app', t.bool, (c) => c.notNull())
    .addColumn('is_read', t.bool, (c) => c.notNull())
    .addColumn('read_at', t.timestamp)
    // 'pending' until the scheduler mails it; null when the user wants no email of this kind.
    .addColumn('email_state', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // Unread first, newest first, per user.
  await index('notifications_user_idx', 'notifications', ['user_id', 'is_read', 'id desc']);
  await index('notifications_email_idx', 'notifications', ['id'], "email_state = 'pending'");

  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('in_app', t.bool, (c) => c.notNull())
    .addColumn('email', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'kind'])
    .execute();

  // Only a hash of the secret is kept, so a leaked database does not leak calendars.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', t.id, (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('follow_up_rules')
    .addColumn('kind', 'text', (c) => c.primaryKey())
    .addColumn('enabled', t.bool, (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('task_type', 'text', (c) => c.notNull())
    // Records created before this moment are not the rule's business (it was off then).
    .addColumn('active_since', t.timestamp, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // One follow-up per rule and occasion, even with several schedulers racing.
  await db.schema
    .createTable('follow_up_log')
    .addColumn('rule_kind', 'text', (c) => c.notNull())
    .addColumn('occasion', 'text', (c) => c.notNull())
    .addColumn('task_id', t.id)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('follow_up_log_pk', ['rule_kind', 'occasion'])
    .execute();

  // Meetings on the calendar: a time range over one activity type.
  await index('activities_type_occurred_idx', 'activities', ['type', 'occurred_at', 'id']);
}
