import { LEAD_COLUMNS, type Lead, type leadBoardQuery, type leadCreate, type leadUpdate } from '@spilno/schema';
import type { z } from 'zod';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { assertCanAssign, assertCanWrite, canRead } from '../../lib/visibility.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { assertActiveUser, normalizePhones } from '../contacts/contact-input.ts';
import { notifyNewOwner } from '../notifications/notifications.assigned.ts';
import { countLeads, findLead, listLeads, presentLead } from './leads.repo.ts';

type Patch = z.output<typeof leadUpdate>;
const audited = [
  'name',
  'phone',
  'email',
  'companyName',
  'interest',
  'source',
  'rating',
  'status',
  'ownerId',
  'nextActionAt',
  'notes',
] as const;

export async function getLead(ctx: Ctx, id: string): Promise<Lead> {
  const row = await findLead(ctx.db, id);
  if (!row || !canRead(ctx, 'leads', row.owner_id)) throw notFound('lead');
  return presentLead(row);
}

async function normalizedPhone(ctx: Ctx, phone: string | null | undefined): Promise<string | null | undefined> {
  if (!phone) return phone;
  const [normalized] = await normalizePhones(ctx, [{ value: phone, label: 'other' }]).catch(() => {
    throw new AppError('invalid', `"${phone}" is not a valid phone number.`, [
      { path: 'phone', message: 'Not a valid phone number' },
    ]);
  });
  return normalized?.value;
}

async function checkOwner(ctx: Ctx, ownerId: string | null | undefined) {
  if (ownerId === undefined) return;
  assertCanAssign(ctx, 'leads', ownerId);
  if (ownerId) await assertActiveUser(ctx, ownerId);
}

const iso = (t: string | null | undefined) => (t ? new Date(t).toISOString() : t);

export async function createLead(
  ctx: Ctx,
  input: z.output<typeof leadCreate>,
  opts: { ownerId?: string | null } = {},
): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const ownerId = opts.ownerId !== undefined ? opts.ownerId : input.ownerId === undefined ? tx.user.id : input.ownerId;
    if (opts.ownerId === undefined) await checkOwner(tx, ownerId);
    const at = nowIso();
    const row = {
      id: newId(),
      name: input.name,
      name_sort: input.name.toLowerCase(),
      phone: (await normalizedPhone(tx, input.phone)) ?? null,
      email: input.email ?? null,
      company_name: input.companyName ?? null,
      interest: input.interest ?? null,
      source: input.source ?? null,
      rating: input.rating ?? null,
      status: input.status,
      owner_id: ownerId,
      next_action_at: iso(input.nextActionAt) ?? null,
      notes: input.notes ?? null,
      contact_id: null,
      company_id: null,
      deal_id: null,
      converted_at: null,
      created_at: at,
      updated_at: at,
    };
    await tx.db.insertInto('leads').values(row).execute();
    const lead = presentLead(row);
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'lead',
      entityId: row.id,
      changes: diff(null, lead, audited),
    });
    return lead;
  });
}

export async function updateLead(ctx: Ctx, id: string, patch: Patch): Promise<Lead> {
  return inTransaction(ctx, async (tx) => {
    const before = await getLead(tx, id);
    assertCanWrite(tx, 'leads', before.ownerId, 'lead');
    if (before.status === 'converted')
      throw new AppError('conflict', 'A converted lead is history; work its contact and deal instead.');
    if (patch.ownerId !== before.ownerId) await checkOwner(tx, patch.ownerId);
    const set = {
      ...(patch.name !== undefined && { name: patch.name, name_sort: patch.name.toLowerCase() }),
      ...(patch.phone !== undefined && { phone: (await normalizedPhone(tx, patch.phone)) ?? null }),
      ...(patch.email !== undefined && { email: patch.email }),
      ...(patch.companyName !== undefined && { company_name: patch.companyName }),
      ...(patch.interest !== undefined && { interest: patch.interest }),
      ...(patch.source !== undefined && { source: patch.source }),
      ...(patch.rating !== undefined && { rating: patch.rating }),
      ...(patch.status !== undefined && { status: patch.status }),
      ...(patch.ownerId !== undefined && { owner_id: patch.ownerId }),
      ...(patch.nextActionAt !== undefined && { next_action_at: iso(patch.nextActionAt) ?? null }),
      ...(patch.notes !== undefined && { notes: patch.notes }),
      updated_at: nowIso(),
    };
    await tx.db.updateTable('leads').set(set).where('id', '=', id).execute();
    const after = await getLead(tx, id);
    await notifyNewOwner(tx, 'lead', after, before.ownerId, after.ownerId);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'lead',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return after;
  });
}

export async function deleteLead(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getLead(tx, id);
    assertCanWrite(tx, 'leads', before.ownerId, 'lead');
    await tx.db.deleteFrom('leads').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'lead',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}

/** Overdue / In progress / New, as in the source documents, each with its count and first leads. */
export async function leadBoard(ctx: Ctx, query: z.output<typeof leadBoardQuery>) {
  const { perColumn, ...filter } = query;
  return Promise.all(
    LEAD_COLUMNS.map(async (column) => {
      const [page, count] = await Promise.all([
        listLeads(ctx, { ...filter, column, limit: perColumn, sort: 'nextActionAt' }),
        countLeads(ctx, { ...filter, column }),
      ]);
      return { column, count, leads: page.items, nextCursor: page.nextCursor };
    }),
  );
}
