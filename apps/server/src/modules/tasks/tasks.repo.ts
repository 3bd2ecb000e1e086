import type { Task, TaskListQuery } from '@spilno/schema';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { parseJson } from '../../db/connection.ts';
import type { DB, TaskRow } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { toPage } from '../../lib/cursor.ts';
import { afterCursor, type KeysetSort, orderByKeyset } from '../../lib/keyset.ts';
import { readScope } from '../../lib/visibility.ts';
import { todayBounds } from './tasks.timing.ts';

export type TaskRecord = TaskRow & { assignee_name: string | null };

export const selectTasks = (db: Kysely<DB>) =>
  db
    .selectFrom('tasks')
    .leftJoin('users', 'users.id', 'tasks.assignee_id')
    .selectAll('tasks')
    .select('users.name as assignee_name');

export async function watchersOf(db: Kysely<DB>, taskIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (taskIds.length === 0) return map;
  const rows = await db.selectFrom('task_watchers').select(['task_id', 'user_id']).where('task_id', 'in', taskIds).execute();
  for (const r of rows) map.set(r.task_id, [...(map.get(r.task_id) ?? []), r.user_id]);
  return map;
}

export function presentTask(row: TaskRecord, watcherIds: string[] = []): Task {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    type: row.type as Task['type'],
    dueAt: row.due_at,
    dueDate: row.due_date,
    durationMin: row.duration_min,
    priority: row.priority as Task['priority'],
    status: row.status as Task['status'],
    progress: row.progress,
    checklist: parseJson<Task['checklist']>(row.checklist) ?? [],
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    watcherIds: [...watcherIds].sort(),
    createdById: row.created_by_id,
    contactId: row.contact_id,
    companyId: row.company_id,
    dealId: row.deal_id,
    leadId: row.lead_id,
    orderId: row.order_id,
    ticketId: row.ticket_id,
    rrule: row.rrule,
    exdates: parseJson<string[]>(row.exdates) ?? [],
    seriesId: row.series_id,
    recurrenceId: row.recurrence_id,
    reminders: parseJson<Task['reminders']>(row.reminders) ?? [],
    timeZone: row.time_zone,
    outcome: row.outcome,
    completedAt: row.completed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findTask(db: Kysely<DB>, id: string): Promise<Task | undefined> {
  const row = (await selectTasks(db).where('tasks.id', '=', id).executeTakeFirst()) as TaskRecord | undefined;
  return row && presentTask(row, (await watchersOf(db, [id])).get(id));
}

/** A user with only `.own` sees tasks assigned to them, created by them or that they watch. */
export function visibleTo(eb: ExpressionBuilder<DB, 'tasks'>, userId: string) {
  return eb.or([
    eb('tasks.assignee_id', '=', userId),
    eb('tasks.created_by_id', '=', userId),
    eb('tasks.id', 'in', eb.selectFrom('task_watchers').select('task_id').where('user_id', '=', userId)),
  ]);
}

const LINKS = [
  ['contactId', 'tasks.contact_id'],
  ['companyId', 'tasks.company_id'],
  ['dealId', 'tasks.deal_id'],
  ['leadId', 'tasks.lead_id'],
  ['orderId', 'tasks.order_id'],
  ['ticketId', 'tasks.ticket_id'],
] as const;

/**
 * One keyset range scan per view: "my tasks" walks (assignee_id, is_open, starts_at, id). Overdue
 * lists the most recently due first; the others the soonest first.
 */
export async function listTasks(ctx: Ctx, query: TaskListQuery, tz: string) {
  const scope = readScope(ctx, 'tasks');
  let q = selectTasks(ctx.db);
  if (scope) q = q.where((eb) => visibleTo(eb, scope));
  if (query.assigneeId) q = q.where('tasks.assignee_id', '=', query.assigneeId);
  for (const [param, column] of LINKS) {
    const value = query[param];
    if (value) q = q.where(column, '=', value);
  }
  if (query.status) q = q.where('tasks.status', '=', query.status);
  if (query.view !== 'all') q = q.where('tasks.is_open', '=', 1);
  const now = new Date().toISOString();
  const { start, end } = todayBounds(tz);
  if (query.view === 'today') q = q.where('tasks.starts_at', '>=', start).where('tasks.starts_at', '<', end);
  if (query.view === 'overdue') q = q.where('tasks.starts_at', '<', now).where('tasks.deadline_at', '<', now);
  if (query.view === 'upcoming') q = q.where('tasks.starts_at', '>=', end);
  if (query.from) q = q.where('tasks.starts_at', '>=', new Date(query.from).toISOString());
  if (query.to) q = q.where('tasks.starts_at', '<', new Date(query.to).toISOString());
  // With a range every row has a start, and a plain order walks the index on PostgreSQL too.
  const ranged = query.view !== 'all' || Boolean(query.from || query.to);
  const sort: KeysetSort = { column: 'tasks.starts_at', desc: query.view === 'overdue', nullable: !ranged };
  if (query.cursor) q = q.where(afterCursor(sort, 'tasks.id', query.cursor));
  const rows = (await orderByKeyset(q, sort, 'tasks.id')
    .limit(query.limit + 1)
    .execute()) as TaskRecord[];
  const watchers = await watchersOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return toPage(
    rows,
    query.limit,
    (r) => presentTask(r, watchers.get(r.id)),
    (r) => [r.starts_at, r.id],
  );
}
