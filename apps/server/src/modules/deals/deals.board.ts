import type { boardQuery, forecastQuery } from '@spilno/schema';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { fromMinor } from '../../lib/money.ts';
import { readScope } from '../../lib/visibility.ts';
import { getPipeline } from '../pipelines/pipelines.service.ts';
import { fromDeals, listDeals, whereDeals } from './deals.repo.ts';

type Totals = { currency: string; amount: string; weighted: string }[];

/** Weighted sums are Σ amount × probability; the division by 100 happens once, on the total. */
const weighted = (sumAmountTimesProbability: number) => fromMinor(Math.round(Number(sumAmountTimesProbability) / 100));

type StageSums = { stage_id: string; currency: string; n: number; amount: number; weighted: number };

/**
 * Each stage's count and sums per currency. Without filters (an owner aside) they come from the
 * trigger-kept `deal_stage_totals`; a search, contact, company or close-date filter sums the
 * deals it matches.
 */
async function boardTotals(
  ctx: Ctx,
  query: z.output<typeof boardQuery>,
  pipeline: { id: string; stages: { id: string }[] },
): Promise<StageSums[]> {
  const owners = [readScope(ctx, 'deals'), query.ownerId].filter((o): o is string => Boolean(o));
  const stageIds = pipeline.stages.map((s) => s.id);
  if (!query.q && !query.contactId && !query.companyId && !query.expectedFrom && !query.expectedTo) {
    let kept = ctx.db
      .selectFrom('deal_stage_totals')
      .select((eb) => [
        'stage_id',
        'currency',
        eb.fn.sum<number>('deals').as('n'),
        eb.fn.sum<number>('amount_minor').as('amount'),
        eb.fn.sum<number>('weighted').as('weighted'),
      ])
      .where('stage_id', 'in', stageIds)
      .where('deals', '>', 0)
      .groupBy(['stage_id', 'currency']);
    for (const owner of owners) kept = kept.where('owner_key', '=', owner);
    return kept.execute();
  }
  let sums = ctx.db
    .selectFrom('deals')
    .select((eb) => [
      'stage_id',
      'currency',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('amount_minor').as('amount'),
      sql<number>`sum(amount_minor * probability)`.as('weighted'),
    ])
    .where('pipeline_id', '=', pipeline.id)
    .groupBy(['stage_id', 'currency']);
  for (const owner of owners) sums = sums.where('owner_id', '=', owner);
  if (query.contactId) sums = sums.where('contact_id', '=', query.contactId);
  if (query.companyId) sums = sums.where('company_id', '=', query.companyId);
  // The totals count the same deals the columns list, so a search narrows both.
  if (query.expectedFrom) sums = sums.where('expected_close_date', '>=', query.expectedFrom);
  if (query.expectedTo) sums = sums.where('expected_close_date', '<=', query.expectedTo);
  if (query.q) sums = sums.where('id', 'in', whereDeals(fromDeals(ctx.db).select('deals.id'), ctx, { q: query.q }));
  return sums.execute();
}

/**
 * The kanban: every stage with its count and totals per currency, and its most recently touched
 * deals. A column's `nextCursor` continues it through `GET /deals` with the same filters, its
 * `stageId` and `sort=-updatedAt`.
 */
export async function dealBoard(ctx: Ctx, query: z.output<typeof boardQuery>) {
  const pipeline = await getPipeline(ctx.db, query.pipelineId);
  const totals = await boardTotals(ctx, query, pipeline);
  const { perStage, pipelineId: _, ...filter } = query;
  return Promise.all(
    pipeline.stages.map(async (stage) => {
      const rows = totals.filter((t) => t.stage_id === stage.id);
      const page = await listDeals(ctx, {
        ...filter,
        pipelineId: pipeline.id,
        stageId: stage.id,
        limit: perStage,
        sort: '-updatedAt',
      });
      const byCurrency: Totals = rows.map((r) => ({
        currency: r.currency,
        amount: fromMinor(Number(r.amount)),
        weighted: weighted(r.weighted),
      }));
      return {
        stage: { id: stage.id, name: stage.name, probability: stage.probability, kind: stage.kind },
        count: rows.reduce((n, r) => n + Number(r.n), 0),
        totals: byCurrency,
        deals: page.items,
        nextCursor: page.nextCursor,
      };
    }),
  );
}

/** Open deals by the month they are expected to close: Σ amount and Σ amount × probability. */
export async function dealForecast(ctx: Ctx, query: z.output<typeof forecastQuery>) {
  const owner = readScope(ctx, 'deals');
  const month = sql<string>`substr(expected_close_date, 1, 7)`;
  let q = ctx.db
    .selectFrom('deals')
    .select((eb) => [
      month.as('month'),
      'currency',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('amount_minor').as('amount'),
      sql<number>`sum(amount_minor * probability)`.as('weighted'),
    ])
    .where('status', '=', 'open')
    .where('expected_close_date', '>=', query.from)
    .where('expected_close_date', '<=', query.to)
    .groupBy([month, 'currency'])
    .orderBy(month);
  if (query.pipelineId) q = q.where('pipeline_id', '=', query.pipelineId);
  if (owner) q = q.where('owner_id', '=', owner);
  if (query.ownerId) q = q.where('owner_id', '=', query.ownerId);
  const rows = await q.execute();
  return rows.map((r) => ({
    month: r.month,
    currency: r.currency,
    count: Number(r.n),
    amount: fromMinor(Number(r.amount)),
    weighted: weighted(r.weighted),
  }));
}
