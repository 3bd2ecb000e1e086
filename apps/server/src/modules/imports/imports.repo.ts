import type { ImportCounts, ImportMapping, ImportResource, PreviewRow } from '@spilno/schema';
import type { Kysely } from 'kysely';
import { parseJson } from '../../db/connection.ts';
import type { DB, ImportRow } from '../../db/types.ts';
import { decodeCursor, toPage } from '../../lib/cursor.ts';
import { nowIso } from '../../lib/time.ts';

/** Every column but the file itself, which only the runner reads. */
const columns = [
  'id',
  'user_id',
  'entity',
  'status',
  'file_name',
  'format',
  'encoding',
  'delimiter',
  'columns',
  'mapping',
  'dedupe',
  'total',
  'processed',
  'counts',
  'error',
  'job_id',
  'started_at',
  'finished_at',
  'created_at',
  'updated_at',
] as const;
export type ImportRecord = Pick<ImportRow, (typeof columns)[number]>;
export const NO_COUNTS: ImportCounts = { created: 0, updated: 0, skipped: 0, failed: 0 };

export function presentImport(row: ImportRecord, preview: PreviewRow[] | null = null): ImportResource {
  return {
    id: row.id,
    entity: row.entity as ImportResource['entity'],
    status: row.status as ImportResource['status'],
    fileName: row.file_name,
    format: row.format as ImportResource['format'],
    encoding: row.encoding,
    delimiter: row.delimiter,
    dedupe: row.dedupe as ImportResource['dedupe'],
    columns: parseJson<string[]>(row.columns) ?? [],
    mapping: parseJson<ImportMapping>(row.mapping) ?? {},
    preview,
    progress: { processed: row.processed, total: row.total },
    counts: parseJson<ImportCounts>(row.counts) ?? NO_COUNTS,
    error: row.error,
    userId: row.user_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const findImport = (db: Kysely<DB>, id: string) =>
  db.selectFrom('imports').select(columns).where('id', '=', id).executeTakeFirst();

export async function readImportFile(db: Kysely<DB>, id: string): Promise<Uint8Array> {
  const row = await db.selectFrom('import_files').select('data').where('import_id', '=', id).executeTakeFirstOrThrow();
  return row.data;
}

export async function updateImportRow(db: Kysely<DB>, id: string, set: Partial<Omit<ImportRow, 'id'>>): Promise<void> {
  await db
    .updateTable('imports')
    .set({ ...set, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

/** One user's imports (or everyone's when `userId` is null), newest first (ids are UUIDv7, so by id). */
export async function listImports(db: Kysely<DB>, userId: string | null, q: { limit: number; cursor?: string | undefined }) {
  let query = db
    .selectFrom('imports')
    .select(columns)
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (userId) query = query.where('user_id', '=', userId);
  if (q.cursor) query = query.where('id', '<', String(decodeCursor(q.cursor, 1)[0]));
  return toPage(
    await query.execute(),
    q.limit,
    (r) => presentImport(r),
    (r) => [r.id],
  );
}

export type ImportErrorItem = { rowNumber: number; field: string | null; message: string; raw: Record<string, unknown> };

/** Per-row errors in file order; the cursor is the last (row number, id). */
export async function listImportErrors(db: Kysely<DB>, importId: string, q: { limit: number; cursor?: string | undefined }) {
  let query = db
    .selectFrom('import_errors')
    .select(['id', 'row_number', 'field', 'message', 'raw'])
    .where('import_id', '=', importId)
    .orderBy('row_number')
    .orderBy('id')
    .limit(q.limit + 1);
  if (q.cursor) {
    const [row, id] = decodeCursor(q.cursor, 2) as [number, string];
    query = query.where((eb) => eb.or([eb('row_number', '>', row), eb.and([eb('row_number', '=', row), eb('id', '>', id)])]));
  }
  return toPage(
    await query.execute(),
    q.limit,
    (r): ImportErrorItem => ({
      rowNumber: r.row_number,
      field: r.field,
      message: r.message,
      raw: parseJson<Record<string, unknown>>(r.raw) ?? {},
    }),
    (r) => [r.row_number, r.id],
  );
}
