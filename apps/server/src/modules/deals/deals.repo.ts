import type { Deal, dealFilter, dealListQuery } from '@spilno/schema';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { z } from 'zod';
import type { DB, DealRow } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { toPage } from '../../lib/cursor.ts';
import { afterCursor, orderByKeyset, parseSort } from '../../lib/keyset.ts';
import { fromBasisPoints, fromMilli, fromMinor, lineTotalMinor } from '../../lib/money.ts';
import { containsText } from '../../lib/sql.ts';
import { readScope } from '../../lib/visibility.ts';

export type DealRecord = DealRow & { contact_name: string | null; company_name: string | null };
type Filter = z.output<typeof dealFilter>;

/** Deals with the contact and company a search also looks at. */
export const fromDeals = (db: Kysely<DB>) =>
  db
    .selectFrom('deals')
    .leftJoin('contacts', 'contacts.id', 'deals.contact_id')
    .leftJoin('companies', 'companies.id', 'deals.company_id');

export const selectDeals = (db: Kysely<DB>) =>
  fromDeals(db)
    .selectAll('deals')
    .select([
      sql<string | null>`trim(contacts.first_name || ' ' || contacts.last_name)`.as('contact_name'),
      'companies.name as company_name',
    ]);

export function presentDeal(row: DealRecord): Deal {
  return {
    id: row.id,
    name: row.name,
    pipelineId: row.pipeline_id,
    stageId: row.stage_id,
    status: row.status as Deal['status'],
    amount: fromMinor(row.amount_minor),
    currency: row.currency,
    probability: row.probability,
    expectedCloseDate: row.expected_close_date,
    contactId: row.contact_id,
    companyId: row.company_id,
    contactName: row.contact_name,
    companyName: row.company_name,
    source: row.source,
    ownerId: row.owner_id,
    closeReason: row.close_reason,
    closedAt: row.closed_at,
    stageEnteredAt: row.stage_entered_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const findDeal = (db: Kysely<DB>, id: string) =>
  selectDeals(db).where('deals.id', '=', id).executeTakeFirst() as Promise<DealRecord | undefined>;

/** The deal's lines and how long it spent in each stage, for the deal page. */
export async function dealDetails(db: Kysely<DB>, id: string) {
  const [items, history] = await Promise.all([
    db.selectFrom('deal_items').selectAll().where('deal_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('deal_stage_history')
      .innerJoin('pipeline_stages', 'pipeline_stages.id', 'deal_stage_history.stage_id')
      .select([
        'deal_stage_history.stage_id',
        'pipeline_stages.name',
        'deal_stage_history.entered_at',
        'deal_stage_history.left_at',
      ])
      .where('deal_id', '=', id)
      .orderBy('entered_at')
      .execute(),
  ]);
  const now = Date.now();
  return {
    items: items.map((i) => ({
      productId: i.product_id,
      name: i.name,
      quantity: fromMilli(i.quantity_milli),
      price: fromMinor(i.price_minor),
      discount: fromBasisPoints(i.discount_bp),
      total: fromMinor(lineTotalMinor(i.quantity_milli, i.price_minor, i.discount_bp)),
    })),
    stageHistory: history.map((h) => ({
      stageId: h.stage_id,
      stageName: h.name,
      enteredAt: h.entered_at,
      leftAt: h.left_at,
      seconds: Math.round(((h.left_at ? Date.parse(h.left_at) : now) - Date.parse(h.entered_at)) / 1000),
    })),
  };
}

export function whereDeals<O>(q: SelectQueryBuilder<DB, 'deals' | 'contacts' | 'companies', O>, ctx: Ctx, f: Filter) {
  let query = q;
  const owner = readScope(ctx, 'deals');
  if (owner) query = query.where('deals.owner_id', '=', owner);
  if (f.pipelineId) query = query.where('deals.pipeline_id', '=', f.pipelineId);
  if (f.stageId) query = query.where('deals.stage_id', '=', f.stageId);
  if (f.status) query = query.where('deals.status', '=', f.status);
  if (f.ownerId) query = query.where('deals.owner_id', '=', f.ownerId);
  if (f.contactId) query = query.where('deals.contact_id', '=', f.contactId);
  if (f.companyId) query = query.where('deals.company_id', '=', f.companyId);
  if (f.expectedFrom) query = query.where('deals.expected_close_date', '>=', f.expectedFrom);
  if (f.expectedTo) query = query.where('deals.expected_close_date', '<=', f.expectedTo);
  if (f.q) {
    const text = f.q;
    query = query.where((eb) =>
      eb.or([
        containsText('deals.name', text),
        containsText('companies.name', text),
        containsText('contacts.first_name', text),
        containsText('contacts.last_name', text),
      ]),
    );
  }
  return query;
}

const SORTS = {
  name: { column: 'deals.name_sort' },
  amount: { column: 'deals.amount_minor' },
  expectedCloseDate: { column: 'deals.expected_close_date', nullable: true },
  updatedAt: { column: 'deals.updated_at' },
  createdAt: { column: 'deals.created_at' },
} as const;
const cursorValue = {
  name: 'name_sort',
  amount: 'amount_minor',
  expectedCloseDate: 'expected_close_date',
  updatedAt: 'updated_at',
  createdAt: 'created_at',
} as const;

export async function listDeals(ctx: Ctx, query: z.output<typeof dealListQuery>) {
  const sort = parseSort(query.sort, SORTS);
  let q = whereDeals(selectDeals(ctx.db), ctx, query);
  if (query.cursor) q = q.where(afterCursor(sort, 'deals.id', query.cursor));
  const rows = (await orderByKeyset(q, sort, 'deals.id')
    .limit(query.limit + 1)
    .execute()) as DealRecord[];
  const key = cursorValue[query.sort.replace('-', '') as keyof typeof cursorValue];
  return toPage(rows, query.limit, presentDeal, (r) => [r[key], r.id]);
}
