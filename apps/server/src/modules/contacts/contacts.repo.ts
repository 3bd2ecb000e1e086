import type { Channel, Contact, ContactFilter, ContactListQuery } from '@spilno/schema';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { parseJson } from '../../db/connection.ts';
import type { ContactRow, DB } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { toPage } from '../../lib/cursor.ts';
import { IndexedBy } from '../../lib/indexed-by.ts';
import { afterCursor, orderByKeyset, parseSort } from '../../lib/keyset.ts';
import { matchesSearch } from '../../lib/search-filter.ts';
import { readScope } from '../../lib/visibility.ts';
import { customFieldConditions } from './contact-custom-filter.ts';

export type ContactRecord = Omit<ContactRow, 'search_text'> & { company_name: string | null };

const columns = [
  'contacts.id',
  'contacts.first_name',
  'contacts.last_name',
  'contacts.name_sort',
  'contacts.phones',
  'contacts.emails',
  'contacts.company_id',
  'contacts.position',
  'contacts.address',
  'contacts.birthday',
  'contacts.source',
  'contacts.preferences',
  'contacts.tags',
  'contacts.email_consent',
  'contacts.email_consent_at',
  'contacts.sms_consent',
  'contacts.sms_consent_at',
  'contacts.owner_id',
  'contacts.custom_fields',
  'contacts.avatar_url',
  'contacts.last_contacted_at',
  'contacts.created_at',
  'contacts.updated_at',
  'companies.name as company_name',
] as const;

export function presentContact(row: ContactRecord): Contact {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    phones: parseJson<Channel[]>(row.phones) ?? [],
    emails: parseJson<Channel[]>(row.emails) ?? [],
    companyId: row.company_id,
    companyName: row.company_name,
    position: row.position,
    address: parseJson(row.address),
    birthday: row.birthday,
    source: row.source,
    preferences: parseJson(row.preferences) ?? {},
    tags: parseJson<string[]>(row.tags) ?? [],
    emailConsent: Boolean(row.email_consent),
    emailConsentAt: row.email_consent_at,
    smsConsent: Boolean(row.sms_consent),
    smsConsentAt: row.sms_consent_at,
    ownerId: row.owner_id,
    customFields: parseJson(row.custom_fields) ?? {},
    avatarUrl: row.avatar_url,
    lastContactedAt: row.last_contacted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const selectContacts = (db: Kysely<DB>) =>
  db.selectFrom('contacts').leftJoin('companies', 'companies.id', 'contacts.company_id').select(columns);

export const findContact = (db: Kysely<DB>, id: string) =>
  selectContacts(db).where('contacts.id', '=', id).executeTakeFirst() as Promise<ContactRecord | undefined>;

const SORTS = {
  name: { column: 'contacts.name_sort' },
  createdAt: { column: 'contacts.created_at' },
  updatedAt: { column: 'contacts.updated_at' },
  lastContactedAt: { column: 'contacts.last_contacted_at', nullable: true },
} as const;
const cursorValue = {
  name: 'name_sort',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  lastContactedAt: 'last_contacted_at',
} as const;

/**
 * The list's filters as WHERE clauses; bulk actions, counts and exports use the very same ones. They
 * read only `contacts` columns, so the query may or may not join companies (the cast says so to Kysely).
 */
export function whereContacts<TB extends 'contacts', O>(
  query: SelectQueryBuilder<DB, TB, O>,
  ctx: Ctx,
  filter: ContactFilter,
  ownerScope: string | null = readScope(ctx, 'contacts'),
): SelectQueryBuilder<DB, TB, O> {
  let q = query as unknown as SelectQueryBuilder<DB, 'contacts', O>;
  if (ownerScope) q = q.where('contacts.owner_id', '=', ownerScope);
  if (filter.ownerId) q = q.where('contacts.owner_id', '=', filter.ownerId);
  if (filter.companyId) q = q.where('contacts.company_id', '=', filter.companyId);
  if (filter.tag) {
    const tag = filter.tag;
    // EXISTS lets SQLite walk the sort's index and stop at the page size; IN would collect and sort every tagged contact.
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('contact_tags')
          .select('contact_tags.contact_id')
          .whereRef('contact_tags.contact_id', '=', 'contacts.id')
          .where('contact_tags.tag', '=', tag),
      ),
    );
  }
  if (filter.createdFrom) q = q.where('contacts.created_at', '>=', new Date(filter.createdFrom).toISOString());
  if (filter.createdTo) q = q.where('contacts.created_at', '<', new Date(filter.createdTo).toISOString());
  if (filter.lastContactedFrom) q = q.where('contacts.last_contacted_at', '>=', new Date(filter.lastContactedFrom).toISOString());
  if (filter.lastContactedTo) q = q.where('contacts.last_contacted_at', '<', new Date(filter.lastContactedTo).toISOString());
  for (const condition of customFieldConditions(ctx.engine, filter.custom)) q = q.where(condition);
  if (filter.q) q = q.where(matchesSearch(ctx.engine, 'contacts', filter.q));
  return q as unknown as SelectQueryBuilder<DB, TB, O>;
}

/**
 * A search sorted by name reads the sort key of every match: from the table that is a page read per
 * match (12,500 for a common surname among 1,000,000 contacts, 850 bytes a row), from this SQLite
 * index (migration 0019, 75 MB there) a tenth of that. SQLite's planner looks rows up by rowid
 * whatever their width, so the index is named when it holds every column the query reads (the tag
 * filter reads contact_tags by id; an owner would need the table).
 */
const SEARCH_KEYS_INDEX = 'contacts_search_keys_idx';
const searchKeysCover = (ctx: Ctx, f: ContactListQuery) =>
  ctx.engine === 'sqlite' &&
  Boolean(f.q) &&
  f.sort.replace('-', '') === 'name' &&
  !readScope(ctx, 'contacts') &&
  !f.ownerId &&
  !f.companyId &&
  !f.createdFrom &&
  !f.createdTo &&
  !f.lastContactedFrom &&
  !f.lastContactedTo &&
  !f.custom;

/** One page of the list as a query (the bench's raw baseline runs the same SQL). */
export function contactPageQuery(ctx: Ctx, query: ContactListQuery) {
  const sort = parseSort(query.sort, SORTS);
  let page = whereContacts(ctx.db.selectFrom('contacts'), ctx, query);
  if (query.cursor) page = page.where(afterCursor(sort, 'contacts.id', query.cursor));
  // The page's ids first, the wide rows after: a search matching 12,000 contacts would otherwise
  // carry every column and a company lookup of each match through the sort.
  let ids = orderByKeyset(page.select('contacts.id'), sort, 'contacts.id').limit(query.limit + 1);
  if (searchKeysCover(ctx, query)) ids = ids.withPlugin(new IndexedBy('contacts', SEARCH_KEYS_INDEX));
  return orderByKeyset(selectContacts(ctx.db).where('contacts.id', 'in', ids), sort, 'contacts.id');
}

export async function listContacts(ctx: Ctx, query: ContactListQuery) {
  const key = cursorValue[(query.sort.replace('-', '') as keyof typeof cursorValue) ?? 'name'];
  const rows = (await contactPageQuery(ctx, query).execute()) as ContactRecord[];
  return toPage(rows, query.limit, presentContact, (r) => [r[key], r.id]);
}

export async function countContacts(ctx: Ctx, filter: ContactFilter): Promise<number> {
  const q = whereContacts(ctx.db.selectFrom('contacts'), ctx, filter);
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every matching contact in batches of `size`, by id, for exports and bulk actions; never all in memory. */
export async function* iterateContacts(ctx: Ctx, filter: ContactFilter, ids?: string[], size = 1000): AsyncGenerator<Contact[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    let q = whereContacts(selectContacts(ctx.db), ctx, filter).where('contacts.id', '>', after);
    if (ids) q = q.where('contacts.id', 'in', ids.length ? ids : ['']);
    const rows = (await q.orderBy('contacts.id').limit(size).execute()) as ContactRecord[];
    if (rows.length === 0) return;
    yield rows.map(presentContact);
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < size) return;
  }
}

/** The first contact holding any of these phones (E.164) or emails (lower case). */
export async function findContactIdByChannels(
  db: Kysely<DB>,
  by: { phones: string[]; emails: string[] },
): Promise<string | null> {
  const pairs = [...by.phones.map((v) => ['phone', v] as const), ...by.emails.map((v) => ['email', v] as const)];
  if (pairs.length === 0) return null;
  const row = await db
    .selectFrom('contact_channels')
    .select('contact_id')
    .where((eb) => eb.or(pairs.map(([kind, value]) => eb.and([eb('kind', '=', kind), eb('value', '=', value)]))))
    .orderBy('contact_id')
    .limit(1)
    .executeTakeFirst();
  return row?.contact_id ?? null;
}
