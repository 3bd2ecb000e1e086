import type { Deal, dealCreate, dealUpdate, Pipeline } from '@spilno/schema';
import type { z } from 'zod';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { toMinor } from '../../lib/money.ts';
import { nowIso } from '../../lib/time.ts';
import { assertCanAssign, assertCanWrite, canRead } from '../../lib/visibility.ts';
import { logSystemActivity } from '../activities/activities.service.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { assertActiveUser } from '../contacts/contact-input.ts';
import { notifyNewOwner } from '../notifications/notifications.assigned.ts';
import { getPipeline } from '../pipelines/pipelines.service.ts';
import { resolveLines } from '../products/product-lines.ts';
import { getSettings } from '../settings/settings.service.ts';
import { replaceItems } from './deal-items.ts';
import { dealDetails, findDeal, presentDeal } from './deals.repo.ts';

const audited = [
  'name',
  'pipelineId',
  'stageId',
  'status',
  'amount',
  'currency',
  'probability',
  'expectedCloseDate',
  'contactId',
  'companyId',
  'ownerId',
  'closeReason',
] as const;

export async function getDeal(ctx: Ctx, id: string, details = true): Promise<Deal> {
  const row = await findDeal(ctx.db, id);
  if (!row || !canRead(ctx, 'deals', row.owner_id)) throw notFound('deal');
  return details ? { ...presentDeal(row), ...(await dealDetails(ctx.db, id)) } : presentDeal(row);
}

async function pipelineOf(ctx: Ctx, id: string | undefined): Promise<Pipeline> {
  try {
    return await getPipeline(ctx.db, id);
  } catch {
    throw new AppError('invalid', 'This pipeline does not exist.', [{ path: 'pipelineId', message: 'Unknown pipeline' }]);
  }
}

function stageIn(pipeline: Pipeline, stageId: string | undefined) {
  const stage = stageId ? pipeline.stages.find((s) => s.id === stageId) : pipeline.stages.find((s) => s.kind === 'open');
  if (!stage)
    throw new AppError('invalid', 'This stage is not in the pipeline.', [{ path: 'stageId', message: 'Unknown stage' }]);
  return stage;
}

async function assertLinks(ctx: Ctx, links: { contactId?: string | null; companyId?: string | null }) {
  for (const [table, key, label] of [
    ['contacts', 'contactId', 'contact'],
    ['companies', 'companyId', 'company'],
  ] as const) {
    const id = links[key];
    if (!id) continue;
    const row = await ctx.db.selectFrom(table).select('owner_id').where('id', '=', id).executeTakeFirst();
    if (!row || !canRead(ctx, table, row.owner_id))
      throw new AppError('invalid', `This ${label} does not exist.`, [{ path: key, message: 'Unknown record' }]);
  }
}

async function enterStage(ctx: Ctx, dealId: string, stageId: string, at: string) {
  await ctx.db
    .updateTable('deal_stage_history')
    .set({ left_at: at, updated_at: at })
    .where('deal_id', '=', dealId)
    .where('left_at', 'is', null)
    .execute();
  await ctx.db
    .insertInto('deal_stage_history')
    .values({
      id: newId(),
      deal_id: dealId,
      stage_id: stageId,
      entered_at: at,
      left_at: null,
      user_id: ctx.user.id,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

async function logOnTimeline(ctx: Ctx, deal: { id: string; contactId: string | null; companyId: string | null }, body: string) {
  if (!deal.contactId && !deal.companyId) return;
  await logSystemActivity(
    ctx,
    { contactId: deal.contactId ?? undefined, companyId: deal.companyId ?? undefined, dealId: deal.id },
    body,
  );
}

export async function createDeal(ctx: Ctx, input: z.output<typeof dealCreate>): Promise<Deal> {
  return inTransaction(ctx, async (tx) => {
    const pipeline = await pipelineOf(tx, input.pipelineId);
    const stage = stageIn(pipeline, input.stageId);
    const ownerId = input.ownerId === undefined ? tx.user.id : input.ownerId;
    assertCanAssign(tx, 'deals', ownerId);
    if (ownerId) await assertActiveUser(tx, ownerId);
    await assertLinks(tx, input);
    const items = input.items ? await resolveLines(tx, input.items) : null;
    const at = nowIso();
    const id = newId();
    const closed = stage.kind !== 'open';
    await tx.db
      .insertInto('deals')
      .values({
        id,
        name: input.name,
        name_sort: input.name.toLowerCase(),
        pipeline_id: pipeline.id,
        stage_id: stage.id,
        status: stage.kind,
        amount_minor: items ? items.totals.net : toMinor(input.amount ?? '0'),
        currency: input.currency ?? (await getSettings(tx.db)).defaultCurrency,
        probability: input.probability ?? stage.probability,
        expected_close_date: input.expectedCloseDate ?? null,
        contact_id: input.contactId ?? null,
        company_id: input.companyId ?? null,
        source: input.source ?? null,
        owner_id: ownerId,
        close_reason: input.closeReason ?? null,
        closed_at: closed ? at : null,
        stage_entered_at: at,
        created_at: at,
        updated_at: at,
      })
      .execute();
    if (items) await replaceItems(tx, id, items.lines, at);
    await enterStage(tx, id, stage.id, at);
    const deal = await getDeal(tx, id);
    await logOnTimeline(tx, deal, `Deal created: ${deal.name} (${deal.amount} ${deal.currency}, ${stage.name})`);
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'deal',
      entityId: id,
      changes: diff(null, deal, audited),
    });
    return deal;
  });
}

export async function updateDeal(ctx: Ctx, id: string, patch: z.output<typeof dealUpdate>): Promise<Deal> {
  return inTransaction(ctx, async (tx) => {
    const before = await getDeal(tx, id);
    assertCanWrite(tx, 'deals', before.ownerId, 'deal');
    if (patch.ownerId !== undefined && patch.ownerId !== before.ownerId) {
      assertCanAssign(tx, 'deals', patch.ownerId);
      if (patch.ownerId) await assertActiveUser(tx, patch.ownerId);
    }
    await assertLinks(tx, patch);
    const pipeline = await pipelineOf(tx, patch.pipelineId ?? before.pipelineId);
    const stageChanged = (patch.stageId ?? before.stageId) !== before.stageId || pipeline.id !== before.pipelineId;
    const stage = stageIn(pipeline, stageChanged ? (patch.stageId ?? undefined) : before.stageId);
    const items = patch.items ? await resolveLines(tx, patch.items) : null;
    const at = nowIso();
    const set = {
      ...(patch.name !== undefined && { name: patch.name, name_sort: patch.name.toLowerCase() }),
      ...(patch.amount !== undefined && { amount_minor: toMinor(patch.amount) }),
      ...(items && { amount_minor: items.totals.net }),
      ...(patch.currency !== undefined && { currency: patch.currency }),
      ...(patch.expectedCloseDate !== undefined && { expected_close_date: patch.expectedCloseDate }),
      ...(patch.contactId !== undefined && { contact_id: patch.contactId }),
      ...(patch.companyId !== undefined && { company_id: patch.companyId }),
      ...(patch.source !== undefined && { source: patch.source }),
      ...(patch.ownerId !== undefined && { owner_id: patch.ownerId }),
      ...(patch.closeReason !== undefined && { close_reason: patch.closeReason }),
      // A stage move takes the new stage's probability unless the user sets one.
      probability: patch.probability ?? (stageChanged ? stage.probability : before.probability),
      pipeline_id: pipeline.id,
      stage_id: stage.id,
      status: stage.kind,
      closed_at: stage.kind === 'open' ? null : stageChanged ? at : before.closedAt,
      ...(stageChanged && { stage_entered_at: at }),
      updated_at: at,
    };
    await tx.db.updateTable('deals').set(set).where('id', '=', id).execute();
    if (items) await replaceItems(tx, id, items.lines, at);
    if (stageChanged) await enterStage(tx, id, stage.id, at);
    const after = await getDeal(tx, id);
    if (stageChanged) {
      const from = pipeline.stages.find((s) => s.id === before.stageId)?.name ?? '—';
      await logOnTimeline(tx, after, `Deal ${after.name}: stage ${from} → ${stage.name}`);
    }
    await notifyNewOwner(tx, 'deal', after, before.ownerId, after.ownerId);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'deal',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return after;
  });
}

export async function deleteDeal(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getDeal(tx, id, false);
    assertCanWrite(tx, 'deals', before.ownerId, 'deal');
    await tx.db.updateTable('activities').set({ deal_id: null }).where('deal_id', '=', id).execute();
    await tx.db.deleteFrom('deals').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'deal',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}
