import type { Lead, leadFilter, leadListQuery } from '@spilno/schema';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { DB, LeadRow } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { toPage } from '../../lib/cursor.ts';
import { afterCursor, orderByKeyset, parseSort } from '../../lib/keyset.ts';
import { containsText } from '../../lib/sql.ts';
import { nowIso } from '../../lib/time.ts';
import { readScope } from '../../lib/visibility.ts';

type Filter = z.output<typeof leadFilter>;
const WORKING = ['new', 'in_progress'];

export function presentLead(row: LeadRow, now = nowIso()): Lead {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    email: row.email,
    companyName: row.company_name,
    interest: row.interest,
    source: row.source as Lead['source'],
    rating: row.rating as Lead['rating'],
    status: row.status as Lead['status'],
    ownerId: row.owner_id,
    nextActionAt: row.next_action_at,
    // Overdue: still being worked and its next action date has passed.
    overdue: WORKING.includes(row.status) && row.next_action_at !== null && row.next_action_at < now,
    notes: row.notes,
    contactId: row.contact_id,
    companyId: row.company_id,
    dealId: row.deal_id,
    convertedAt: row.converted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const findLead = (db: Kysely<DB>, id: string) =>
  db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();

/** The board's columns: overdue first (whatever the status), then in progress and new that are not overdue. */
export function whereLeads<O>(q: SelectQueryBuilder<DB, 'leads', O>, ctx: Ctx, f: Filter) {
  let query = q;
  const owner = readScope(ctx, 'leads');
  const now = nowIso();
  if (owner) query = query.where('owner_id', '=', owner);
  if (f.ownerId) query = query.where('owner_id', '=', f.ownerId);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.source) query = query.where('source', '=', f.source);
  if (f.rating) query = query.where('rating', '=', f.rating);
  if (f.column === 'overdue') query = query.where('status', 'in', WORKING).where('next_action_at', '<', now);
  if (f.column === 'in_progress' || f.column === 'new') {
    query = query
      .where('status', '=', f.column)
      .where((eb) => eb.or([eb('next_action_at', 'is', null), eb('next_action_at', '>=', now)]));
  }
  if (f.q) {
    const text = f.q;
    query = query.where((eb) =>
      eb.or([
        containsText('name', text),
        containsText('company_name', text),
        containsText('email', text),
        containsText('phone', text),
      ]),
    );
  }
  return query;
}

const SORTS = {
  nextActionAt: { column: 'next_action_at', nullable: true },
  createdAt: { column: 'created_at' },
  name: { column: 'name_sort' },
} as const;
const cursorValue = { nextActionAt: 'next_action_at', createdAt: 'created_at', name: 'name_sort' } as const;

export async function listLeads(ctx: Ctx, query: z.output<typeof leadListQuery>) {
  const sort = parseSort(query.sort, SORTS);
  let q = whereLeads(ctx.db.selectFrom('leads').selectAll(), ctx, query);
  if (query.cursor) q = q.where(afterCursor(sort, 'id', query.cursor));
  const rows = await orderByKeyset(q, sort, 'id')
    .limit(query.limit + 1)
    .execute();
  const key = cursorValue[query.sort.replace('-', '') as keyof typeof cursorValue];
  const now = nowIso();
  return toPage(
    rows,
    query.limit,
    (r) => presentLead(r, now),
    (r) => [r[key], r.id],
  );
}

export async function countLeads(ctx: Ctx, filter: Filter): Promise<number> {
  const row = await whereLeads(ctx.db.selectFrom('leads'), ctx, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
