import {
  type Activity,
  type activityCreate,
  type activityListQuery,
  type activityUpdate,
  CONTACTING_TYPES,
} from '@spilno/schema';

import type { z } from 'zod';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { toPage } from '../../lib/cursor.ts';
import { newId } from '../../lib/ids.ts';
import { afterCursor, type KeysetSort } from '../../lib/keyset.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { notifyMentions } from '../notifications/notifications.mentions.ts';
import { findActivity, presentActivity, selectActivities } from './activities.repo.ts';
import { assertCanSeeSubject, withDealLinks } from './activity-subject.ts';

const audited = [
  'type',
  'contactId',
  'companyId',
  'dealId',
  'subject',
  'body',
  'direction',
  'durationSec',
  'outcome',
  'occurredAt',
  'pinned',
] as const;
const NEWEST_FIRST: KeysetSort = { column: 'activities.occurred_at', desc: true, nullable: false };

/** Newest first; pinned entries are flagged and the web shows them on top. */
export async function listActivities(ctx: Ctx, query: z.output<typeof activityListQuery>) {
  await assertCanSeeSubject(ctx, query).catch(() => {
    throw notFound(query.dealId ? 'deal' : query.contactId ? 'contact' : 'company');
  });
  let q = selectActivities(ctx.db);
  // A deal's timeline is only what was logged on the deal, not everything about its customer.
  if (query.dealId) q = q.where('activities.deal_id', '=', query.dealId);
  else if (query.contactId) q = q.where('activities.contact_id', '=', query.contactId);
  else if (query.companyId) {
    const companyId = query.companyId;
    // A company's timeline includes what happened with its people.
    q = q.where((eb) =>
      eb.or([
        eb('activities.company_id', '=', companyId),
        eb('activities.contact_id', 'in', eb.selectFrom('contacts').select('id').where('company_id', '=', companyId)),
      ]),
    );
  }
  if (query.type) q = q.where('activities.type', '=', query.type);
  if (query.cursor) {
    const cursor = query.cursor;
    q = q.where(afterCursor(NEWEST_FIRST, 'activities.id', cursor));
  }
  const rows = await q
    .orderBy('activities.occurred_at', 'desc')
    .orderBy('activities.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, presentActivity, (r) => [r.occurred_at, r.id]);
}

/** Calls, emails, meetings and SMS move the contact's "last contacted"; a backdated entry never moves it back. */
async function touchLastContacted(ctx: Ctx, contactId: string | null): Promise<void> {
  if (!contactId) return;
  await ctx.db
    .updateTable('contacts')
    .set({
      last_contacted_at: (eb) =>
        eb
          .selectFrom('activities')
          .select((a) => a.fn.max('occurred_at').as('m'))
          .where('contact_id', '=', contactId)
          .where('type', 'in', [...CONTACTING_TYPES]),
    })
    .where('id', '=', contactId)
    .execute();
}

export async function createActivity(ctx: Ctx, input: z.output<typeof activityCreate>): Promise<Activity> {
  return inTransaction(ctx, async (tx) => {
    const links = await withDealLinks(tx, input);
    const at = nowIso();
    const row = {
      id: newId(),
      type: input.type,
      contact_id: links.contactId ?? null,
      company_id: links.companyId ?? null,
      deal_id: input.dealId ?? null,
      subject: input.subject ?? null,
      body: input.body,
      direction: input.direction ?? null,
      duration_sec: input.durationSec ?? null,
      outcome: input.outcome ?? null,
      occurred_at: input.occurredAt ? new Date(input.occurredAt).toISOString() : at,
      author_id: tx.user.id,
      pinned: input.pinned ? 1 : 0,
      created_at: at,
      updated_at: at,
    };
    await tx.db.insertInto('activities').values(row).execute();
    await touchLastContacted(tx, row.contact_id);
    if (row.type === 'note') {
      const [entityType, entityId] = row.deal_id
        ? ['deal', row.deal_id]
        : row.contact_id
          ? ['contact', row.contact_id]
          : ['company', row.company_id ?? ''];
      await notifyMentions(tx.db, { body: row.body, authorId: tx.user.id, authorName: tx.user.name, entityType, entityId });
    }
    const activity = presentActivity({ ...row, author_name: tx.user.name });
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'activity',
      entityId: row.id,
      changes: diff(null, activity, audited),
    });
    return activity;
  });
}

/** Stage changes, merges, orders created: written by the system, in the caller's transaction. */
export async function logSystemActivity(
  ctx: Ctx,
  ref: { contactId?: string; companyId?: string; dealId?: string },
  body: string,
) {
  const at = nowIso();
  await ctx.db
    .insertInto('activities')
    .values({
      id: newId(),
      type: 'system',
      contact_id: ref.contactId ?? null,
      company_id: ref.companyId ?? null,
      deal_id: ref.dealId ?? null,
      subject: null,
      body,
      direction: null,
      duration_sec: null,
      outcome: null,
      occurred_at: at,
      author_id: ctx.user.id,
      pinned: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

/** Only the author edits an entry (admins may correct anyone's); system entries are history and stay. */
async function editable(ctx: Ctx, id: string) {
  const row = await findActivity(ctx.db, id);
  if (!row) throw notFound('activity');
  await assertCanSeeSubject(ctx, { contactId: row.contact_id, companyId: row.company_id, dealId: row.deal_id }).catch(() => {
    throw notFound('activity');
  });
  if (row.type === 'system') throw new AppError('forbidden', 'System entries cannot be changed.');
  if (row.author_id !== ctx.user.id && ctx.user.role !== 'admin')
    throw new AppError('forbidden', 'Only its author may change this entry.');
  return presentActivity(row);
}

export async function updateActivity(ctx: Ctx, id: string, patch: z.output<typeof activityUpdate>): Promise<Activity> {
  return inTransaction(ctx, async (tx) => {
    const before = await editable(tx, id);
    if (before.type !== 'call' && (patch.durationSec != null || patch.outcome != null)) {
      throw new AppError('invalid', 'Only calls have a duration and an outcome.', [{ path: 'type', message: 'Not a call' }]);
    }
    const set = {
      ...(patch.subject !== undefined && { subject: patch.subject }),
      ...(patch.body !== undefined && { body: patch.body }),
      ...(patch.outcome !== undefined && { outcome: patch.outcome }),
      ...(patch.durationSec !== undefined && { duration_sec: patch.durationSec }),
      ...(patch.occurredAt !== undefined && { occurred_at: new Date(patch.occurredAt).toISOString() }),
      ...(patch.pinned !== undefined && { pinned: patch.pinned ? 1 : 0 }),
      updated_at: nowIso(),
    };
    await tx.db.updateTable('activities').set(set).where('id', '=', id).execute();
    await touchLastContacted(tx, before.contactId);
    const after = await editable(tx, id);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'activity',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return after;
  });
}

export async function deleteActivity(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await editable(tx, id);
    await tx.db.deleteFrom('activities').where('id', '=', id).execute();
    await touchLastContacted(tx, before.contactId);
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'activity',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}
