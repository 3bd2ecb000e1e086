import { createHash } from 'node:crypto';
import type { Document, DocumentData, documentListQuery, Locale } from '@spilno/schema';
import type { Expression, Kysely, SqlBool } from 'kysely';
import type { z } from 'zod';
import { parseJson } from '../../db/connection.ts';
import type { DB, DocumentRow } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { toPage } from '../../lib/cursor.ts';
import { afterCursor, orderByKeyset } from '../../lib/keyset.ts';
import { fromMinor } from '../../lib/money.ts';
import { containsText } from '../../lib/sql.ts';
import { canRead, readScope } from '../../lib/visibility.ts';

export type DocumentRecord = DocumentRow & { deal_owner: string | null; order_owner: string | null };

/** With the owners of its deal and order: a document is visible to whoever may read those. */
const selectDocuments = (db: Kysely<DB>) =>
  db
    .selectFrom('documents')
    .leftJoin('deals', 'deals.id', 'documents.deal_id')
    .leftJoin('orders', 'orders.id', 'documents.order_id')
    .selectAll('documents')
    .select(['deals.owner_id as deal_owner', 'orders.owner_id as order_owner']);

/** The deal's or order's readers see its documents; once both are deleted, the document's own owner rules. */
function visible(ctx: Ctx, row: DocumentRecord): boolean {
  if (row.deal_id) return canRead(ctx, 'deals', row.deal_owner);
  if (row.order_id) return canRead(ctx, 'orders', row.order_owner);
  return canRead(ctx, 'documents', row.owner_id);
}

export async function findDocument(ctx: Ctx, id: string): Promise<DocumentRecord | undefined> {
  const row = (await selectDocuments(ctx.db).where('documents.id', '=', id).executeTakeFirst()) as DocumentRecord | undefined;
  return row && visible(ctx, row) ? row : undefined;
}

export function presentDocument(row: DocumentRow, withData = false): Document {
  return {
    id: row.id,
    kind: row.kind as Document['kind'],
    number: row.number,
    dealId: row.deal_id,
    orderId: row.order_id,
    contactId: row.contact_id,
    companyId: row.company_id,
    currency: row.currency,
    total: fromMinor(row.total_minor),
    language: row.language as Locale,
    issuedAt: row.issued_at,
    sentAt: row.sent_at,
    sentTo: row.sent_to,
    ownerId: row.owner_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(withData && { data: parseJson<DocumentData>(row.data) ?? undefined }),
  };
}

/** Newest first, limited in SQL to what `visible()` allows, so pages are never short. */
export async function listDocuments(ctx: Ctx, query: z.output<typeof documentListQuery>) {
  const sort = { column: 'documents.issued_at', desc: true, nullable: false };
  let q = selectDocuments(ctx.db);
  const [deals, orders, own] = [readScope(ctx, 'deals'), readScope(ctx, 'orders'), readScope(ctx, 'documents')];
  if (deals || orders || own) {
    q = q.where((eb) => {
      const when = (
        cond: Expression<SqlBool>,
        owner: string | null,
        column: 'deals.owner_id' | 'orders.owner_id' | 'documents.owner_id',
      ) => (owner ? eb.and([cond, eb(column, '=', owner)]) : cond);
      return eb.or([
        when(eb('documents.deal_id', 'is not', null), deals, 'deals.owner_id'),
        when(eb.and([eb('documents.deal_id', 'is', null), eb('documents.order_id', 'is not', null)]), orders, 'orders.owner_id'),
        when(eb.and([eb('documents.deal_id', 'is', null), eb('documents.order_id', 'is', null)]), own, 'documents.owner_id'),
      ]);
    });
  }
  if (query.kind) q = q.where('documents.kind', '=', query.kind);
  if (query.dealId) q = q.where('documents.deal_id', '=', query.dealId);
  if (query.orderId) q = q.where('documents.order_id', '=', query.orderId);
  if (query.contactId) q = q.where('documents.contact_id', '=', query.contactId);
  if (query.companyId) q = q.where('documents.company_id', '=', query.companyId);
  if (query.q) q = q.where(containsText('documents.number', query.q));
  if (query.cursor) q = q.where(afterCursor(sort, 'documents.id', query.cursor));
  const rows = (await orderByKeyset(q, sort, 'documents.id')
    .limit(query.limit + 1)
    .execute()) as DocumentRecord[];
  return toPage(
    rows,
    query.limit,
    (r) => presentDocument(r),
    (r) => [r.issued_at, r.id],
  );
}

/** Stores a logo once however many documents print it; returns its key. */
export async function saveLogo(db: Kysely<DB>, dataUrl: string, at: string): Promise<string> {
  const id = createHash('sha256').update(dataUrl).digest('hex');
  await db
    .insertInto('document_assets')
    .values({ id, data: dataUrl, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return id;
}

export async function logoOf(db: Kysely<DB>, logoId: string | null): Promise<string | null> {
  if (!logoId) return null;
  const row = await db.selectFrom('document_assets').select('data').where('id', '=', logoId).executeTakeFirst();
  return row?.data ?? null;
}
