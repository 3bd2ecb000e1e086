import type { Product, productCreate, productListQuery, productUpdate } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB, ProductRow } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { toPage } from '../../lib/cursor.ts';
import { newId } from '../../lib/ids.ts';
import { afterCursor, orderByKeyset, parseSort } from '../../lib/keyset.ts';
import { fromBasisPoints, fromMinor, toBasisPoints, toMinor } from '../../lib/money.ts';
import { containsText } from '../../lib/sql.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { getSettings } from '../settings/settings.service.ts';

const audited = ['sku', 'name', 'price', 'costPrice', 'currency', 'unit', 'vatRate', 'active'] as const;

export function presentProduct(row: ProductRow): Product {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    price: fromMinor(row.price_minor),
    costPrice: fromMinor(row.cost_minor),
    currency: row.currency,
    unit: row.unit,
    vatRate: fromBasisPoints(row.vat_bp),
    active: Boolean(row.active),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const findProduct = (db: Kysely<DB>, id: string) =>
  db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();

export async function getProduct(db: Kysely<DB>, id: string): Promise<Product> {
  const row = await findProduct(db, id);
  if (!row) throw notFound('product');
  return presentProduct(row);
}

const SORTS = { name: { column: 'name_sort' }, sku: { column: 'sku' }, createdAt: { column: 'created_at' } } as const;
const cursorValue = { name: 'name_sort', sku: 'sku', createdAt: 'created_at' } as const;

export async function listProducts(db: Kysely<DB>, query: z.output<typeof productListQuery>) {
  const sort = parseSort(query.sort, SORTS);
  let q = db.selectFrom('products').selectAll();
  if (query.active) q = q.where('active', '=', query.active === 'true' ? 1 : 0);
  if (query.q) {
    const text = query.q;
    q = q.where((eb) => eb.or([containsText('name', text), containsText('sku', text)]));
  }
  if (query.cursor) q = q.where(afterCursor(sort, 'id', query.cursor));
  const rows = await orderByKeyset(q, sort, 'id')
    .limit(query.limit + 1)
    .execute();
  const key = cursorValue[query.sort.replace('-', '') as keyof typeof cursorValue];
  return toPage(rows, query.limit, presentProduct, (r) => [r[key], r.id]);
}

async function assertSkuFree(db: Kysely<DB>, sku: string, exceptId?: string) {
  const taken = await db.selectFrom('products').select('id').where('sku', '=', sku).executeTakeFirst();
  if (taken && taken.id !== exceptId)
    throw new AppError('conflict', `SKU ${sku} is taken.`, [{ path: 'sku', message: 'Already in use' }]);
}

export function toRow(p: Product) {
  return {
    sku: p.sku,
    name: p.name,
    name_sort: p.name.toLowerCase(),
    price_minor: toMinor(p.price),
    cost_minor: toMinor(p.costPrice),
    currency: p.currency,
    unit: p.unit,
    vat_bp: toBasisPoints(p.vatRate),
    active: p.active ? 1 : 0,
    updated_at: p.updatedAt,
  };
}

export async function createProduct(ctx: Ctx, input: z.output<typeof productCreate>): Promise<Product> {
  return inTransaction(ctx, async (tx) => {
    await assertSkuFree(tx.db, input.sku);
    const at = nowIso();
    const currency = input.currency ?? (await getSettings(tx.db)).defaultCurrency;
    const product: Product = { id: newId(), ...input, currency, createdAt: at, updatedAt: at };
    await tx.db
      .insertInto('products')
      .values({ id: product.id, ...toRow(product), created_at: at })
      .execute();
    const stored = await getProduct(tx.db, product.id);
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'product',
      entityId: product.id,
      changes: diff(null, stored, audited),
    });
    return stored;
  });
}

export async function updateProduct(ctx: Ctx, id: string, patch: z.output<typeof productUpdate>): Promise<Product> {
  return inTransaction(ctx, async (tx) => {
    const before = await getProduct(tx.db, id);
    if (patch.sku) await assertSkuFree(tx.db, patch.sku, id);
    const after = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      updatedAt: nowIso(),
    };
    await tx.db.updateTable('products').set(toRow(after)).where('id', '=', id).execute();
    const stored = await getProduct(tx.db, id);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'product',
      entityId: id,
      changes: diff(before, stored, audited),
    });
    return stored;
  });
}

/** Products already sold or quoted stay (deactivate them instead); lines keep their own name and price. */
export async function deleteProduct(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getProduct(tx.db, id);
    await tx.db.deleteFrom('products').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'product',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}
