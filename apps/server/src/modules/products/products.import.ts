import { type Product, type ProductImportResult, productCreate, productUpdate } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { DB, ProductRow } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { chunks } from '../../lib/chunks.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { readTable } from '../imports/table.ts';
import { getSettings } from '../settings/settings.service.ts';
import { IMPORT_FIELDS, type ImportField, mapColumns, plainNumber } from './product-import-columns.ts';
import { presentProduct, toRow } from './products.service.ts';

type FieldError = { path: string; message: string };
type Planned = { existing: ProductRow | undefined; values: Record<string, unknown> };
const NUMERIC: ImportField[] = ['price', 'costPrice', 'vatRate'];

async function existingBySku(db: Kysely<DB>, skus: string[]): Promise<Map<string, ProductRow>> {
  const found = new Map<string, ProductRow>();
  for (const slice of chunks(skus)) {
    const rows = await db.selectFrom('products').selectAll().where('sku', 'in', slice).execute();
    for (const r of rows) found.set(r.sku, r);
  }
  return found;
}

/** A row's non-blank cells by field: a blank cell keeps what an existing product has, or takes the default. */
function cellsOf(row: string[], columns: Partial<Record<ImportField, number>>): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const field of IMPORT_FIELDS) {
    const i = columns[field];
    const cell = i === undefined ? '' : (row[i] ?? '').trim();
    if (cell) cells[field] = NUMERIC.includes(field) ? plainNumber(cell) : cell;
  }
  return cells;
}

/** Checks every row before writing any, so the answer lists all the mistakes of the file at once. */
async function plan(ctx: Ctx, bytes: Uint8Array): Promise<Planned[]> {
  const table = await readTable(bytes);
  const columns = mapColumns(table.columns);
  const rows = table.rows
    .map((row, index) => ({ index, cells: cellsOf(row, columns) }))
    .filter((r) => Object.keys(r.cells).length > 0);
  const existing = await existingBySku(ctx.db, [...new Set(rows.flatMap((r) => (r.cells.sku ? [r.cells.sku] : [])))]);
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const planned: Planned[] = [];
  for (const { index, cells } of rows) {
    const before = seen.get(cells.sku ?? '');
    if (before !== undefined) errors.push({ path: `rows.${index}.sku`, message: 'This SKU is already on an earlier row' });
    if (cells.sku) seen.set(cells.sku, index);
    const current = cells.sku ? existing.get(cells.sku) : undefined;
    const parsed = current ? productUpdate.safeParse(cells) : productCreate.safeParse(cells);
    if (parsed.success) planned.push({ existing: current, values: parsed.data });
    else
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        // zod's "expected string, received undefined" means an empty cell where a value is needed.
        const message = cells[field] === undefined ? 'Required' : issue.message;
        errors.push({ path: `rows.${index}.${field}`, message });
      }
  }
  if (errors.length > 0) throw new AppError('invalid', 'Some rows of the file are not valid; nothing was imported.', errors);
  return planned;
}

/** Upserts products by SKU from a CSV (or XLSX) price list: every row or none, one audit entry for the lot. */
export async function importProducts(ctx: Ctx, bytes: Uint8Array): Promise<ProductImportResult> {
  return inTransaction(ctx, async (tx) => {
    const planned = await plan(tx, bytes);
    const at = nowIso();
    const defaultCurrency = (await getSettings(tx.db)).defaultCurrency;
    let created = 0;
    for (const { existing, values } of planned) {
      if (existing) {
        const product = { ...presentProduct(existing), ...values, updatedAt: at } as Product;
        await tx.db.updateTable('products').set(toRow(product)).where('id', '=', existing.id).execute();
      } else {
        const currency = (values.currency as string | undefined) ?? defaultCurrency;
        const product = { ...values, currency, id: newId(), createdAt: at, updatedAt: at } as Product;
        await tx.db
          .insertInto('products')
          .values({ id: product.id, ...toRow(product), created_at: at })
          .execute();
        created++;
      }
    }
    const result = { created, updated: planned.length - created, total: planned.length };
    await recordAudit(tx.db, tx.actor, {
      action: 'import',
      entityType: 'product',
      entityId: null,
      changes: { created: [null, result.created], updated: [null, result.updated] },
    });
    return result;
  });
}
