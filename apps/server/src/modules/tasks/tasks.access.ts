import { roleCan, type Task } from '@spilno/schema';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { canRead } from '../../lib/visibility.ts';
import { findTask } from './tasks.repo.ts';

const involves = (ctx: Ctx, t: Task) => t.assigneeId === ctx.user.id || t.createdById === ctx.user.id;

export function canReadTask(ctx: Ctx, t: Task): boolean {
  return roleCan(ctx.user.role, 'tasks.read.all') || involves(ctx, t) || t.watcherIds.includes(ctx.user.id);
}

/** Watchers follow a task; only its assignee, its creator or those who manage all tasks change it. */
export async function writableTask(ctx: Ctx, id: string): Promise<Task> {
  const t = await findTask(ctx.db, id);
  if (!t || !canReadTask(ctx, t)) throw notFound('task');
  if (!roleCan(ctx.user.role, 'tasks.write.all') && !involves(ctx, t)) {
    throw new AppError('forbidden', 'Only its assignee or its creator may change this task.');
  }
  return t;
}

export async function readableTask(ctx: Ctx, id: string): Promise<Task> {
  const t = await findTask(ctx.db, id);
  if (!t || !canReadTask(ctx, t)) throw notFound('task');
  return t;
}

const unknown = (path: string, what: string) =>
  new AppError('invalid', `This ${what} does not exist.`, [{ path, message: `Unknown ${what}` }]);

/** Links and people must exist, and a linked customer must be one the caller can see. */
export async function assertReferences(
  ctx: Ctx,
  ref: { contactId?: string | null; companyId?: string | null; assigneeId?: string | null; watcherIds?: string[] },
): Promise<void> {
  if (ref.contactId) {
    const c = await ctx.db.selectFrom('contacts').select('owner_id').where('id', '=', ref.contactId).executeTakeFirst();
    if (!c || !canRead(ctx, 'contacts', c.owner_id)) throw unknown('contactId', 'contact');
  }
  if (ref.companyId) {
    const c = await ctx.db.selectFrom('companies').select('owner_id').where('id', '=', ref.companyId).executeTakeFirst();
    if (!c || !canRead(ctx, 'companies', c.owner_id)) throw unknown('companyId', 'company');
  }
  const people = [...new Set([ref.assigneeId, ...(ref.watcherIds ?? [])].filter((x): x is string => Boolean(x)))];
  if (people.length === 0) return;
  const found = await ctx.db.selectFrom('users').select('id').where('id', 'in', people).where('status', '=', 'active').execute();
  const ok = new Set(found.map((u) => u.id));
  if (ref.assigneeId && !ok.has(ref.assigneeId)) throw unknown('assigneeId', 'user');
  const badWatcher = (ref.watcherIds ?? []).findIndex((w) => !ok.has(w));
  if (badWatcher >= 0) throw unknown(`watcherIds.${badWatcher}`, 'user');
}
