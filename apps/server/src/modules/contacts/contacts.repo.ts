import type { Channel, Contact, ContactFilter, ContactListQuery } from '@spilno/schema';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { parseJson } from '../../db/connection.ts';
import type { ContactRow, DB } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { toPage } from '../../lib/cursor.ts';
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

/** The list's filters as WHERE clauses; bulk actions, counts and exports use the very same ones. */
export function whereContacts<O>(
  query: SelectQueryBuilder<DB, 'contacts' | 'companies', O>,
  ctx: Ctx,
  filter: ContactFilter,
  ownerScope: string | null = readScope(ctx, 'contacts'),
): SelectQueryBuilder<DB, 'contacts' | 'companies', O> {
  let q = query;
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
  if (filter.q) {
    const text = filter.q;
    q = q.where((eb) => matchesSearch(eb, ctx.engine, 'contacts', text));
  }
  return q;
}

export async function listContacts(ctx: Ctx, query: ContactListQuery) {
  const sort = parseSort(query.sort, SORTS);
  const key = cursorValue[(query.sort.replace('-', '') as keyof typeof cursorValue) ?? 'name'];
  let q = whereContacts(selectContacts(ctx.db), ctx, query);
  if (query.cursor) {
    const cursor = query.cursor;
    q = q.where(afterCursor(sort, 'contacts.id', cursor));
  }
  const rows = (await orderByKeyset(q, sort, 'contacts.id')
    .limit(query.limit + 1)
    .execute()) as ContactRecord[];
  return toPage(rows, query.limit, presentContact, (r) => [r[key], r.id]);
}

export async function countContacts(ctx: Ctx, filter: ContactFilter): Promise<number> {
  const q = whereContacts(
    ctx.db.selectFrom('contacts').leftJoin('companies', 'companies.id', 'contacts.company_id'),
    ctx,
    filter,
  );
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
