import type { Channel, Company, companyListQuery } from '@spilno/schema';
import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import { parseJson } from '../../db/connection.ts';
import type { CompanyRow, DB } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { toPage } from '../../lib/cursor.ts';
import { afterCursor, orderByKeyset, parseSort } from '../../lib/keyset.ts';
import { matchesSearch } from '../../lib/search-filter.ts';
import { readScope } from '../../lib/visibility.ts';
import { companyNameSort } from './company-search-text.ts';

export type CompanyRecord = Omit<CompanyRow, 'search_text'>;
type Filter = Omit<z.output<typeof companyListQuery>, 'limit' | 'cursor' | 'sort'>;

const columns = [
  'companies.id',
  'companies.name',
  'companies.name_sort',
  'companies.type',
  'companies.industry',
  'companies.website',
  'companies.phones',
  'companies.emails',
  'companies.address',
  'companies.tags',
  'companies.owner_id',
  'companies.custom_fields',
  'companies.created_at',
  'companies.updated_at',
] as const;

export function presentCompany(row: CompanyRecord, contactCount?: number): Company {
  return {
    id: row.id,
    name: row.name,
    type: row.type as Company['type'],
    industry: row.industry as Company['industry'],
    website: row.website,
    phones: parseJson<Channel[]>(row.phones) ?? [],
    emails: parseJson<Channel[]>(row.emails) ?? [],
    address: parseJson(row.address),
    tags: parseJson<string[]>(row.tags) ?? [],
    ownerId: row.owner_id,
    customFields: parseJson(row.custom_fields) ?? {},
    ...(contactCount === undefined ? {} : { contactCount }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const selectCompanies = (db: Kysely<DB>) => db.selectFrom('companies').select(columns);
export const findCompany = (db: Kysely<DB>, id: string) => selectCompanies(db).where('companies.id', '=', id).executeTakeFirst();

export async function findCompanyIdByName(db: Kysely<DB>, name: string): Promise<string | null> {
  const row = await db
    .selectFrom('companies')
    .select('id')
    .where('name_sort', '=', companyNameSort(name))
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

const SORTS = {
  name: { column: 'companies.name_sort' },
  createdAt: { column: 'companies.created_at' },
  updatedAt: { column: 'companies.updated_at' },
} as const;
const cursorValue = { name: 'name_sort', createdAt: 'created_at', updatedAt: 'updated_at' } as const;

function whereCompanies(ctx: Ctx, filter: Filter) {
  let q = selectCompanies(ctx.db);
  const owner = readScope(ctx, 'companies');
  if (owner) q = q.where('companies.owner_id', '=', owner);
  if (filter.ownerId) q = q.where('companies.owner_id', '=', filter.ownerId);
  if (filter.type) q = q.where('companies.type', '=', filter.type);
  if (filter.industry) q = q.where('companies.industry', '=', filter.industry);
  if (filter.tag) {
    const tag = filter.tag.toLowerCase();
    q = q.where(
      ctx.engine === 'sqlite'
        ? sql<boolean>`exists (select 1 from json_each(companies.tags) where json_each.value = ${tag})`
        : sql<boolean>`companies.tags @> ${JSON.stringify([tag])}::jsonb`,
    );
  }
  if (filter.q) q = q.where(matchesSearch(ctx.engine, 'companies', filter.q));
  return q;
}

export async function listCompanies(ctx: Ctx, query: z.output<typeof companyListQuery>) {
  const sort = parseSort(query.sort, SORTS);
  const key = cursorValue[query.sort.replace('-', '') as keyof typeof cursorValue];
  let q = whereCompanies(ctx, query);
  if (query.cursor) {
    const cursor = query.cursor;
    q = q.where(afterCursor(sort, 'companies.id', cursor));
  }
  const rows = await orderByKeyset(q, sort, 'companies.id')
    .limit(query.limit + 1)
    .execute();
  return toPage(
    rows,
    query.limit,
    (r) => presentCompany(r),
    (r) => [r[key], r.id],
  );
}

/** Every matching company in batches, by id, for exports. */
export async function* iterateCompanies(ctx: Ctx, filter: Filter, size = 1000): AsyncGenerator<Company[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await whereCompanies(ctx, filter)
      .where('companies.id', '>', after)
      .orderBy('companies.id')
      .limit(size)
      .execute();
    if (rows.length === 0) return;
    yield rows.map((r) => presentCompany(r));
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < size) return;
  }
}
