import type { ImportCounts, ImportMapping, PreviewRow } from '@spilno/schema';
import type { Kysely } from 'kysely';
import { parseJson } from '../../db/connection.ts';
import type { DB } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { getSettings } from '../settings/settings.service.ts';
import { BatchWriter } from './imports.apply.ts';
import { type Entity, type Plan, Planner } from './imports.plan.ts';
import { type ImportRecord, NO_COUNTS, readImportFile } from './imports.repo.ts';
import { type MappedRow, mapRow } from './mapper.ts';
import { readTable, type Table } from './table.ts';

const outcomeCount = { create: 'created', update: 'updated', skip: 'skipped', fail: 'failed' } as const;
export const PREVIEW_ROWS = 20;

/** Row numbers as the user sees them: a spreadsheet's header is row 1, a vCard file counts cards. */
export const rowNumberOf = (table: Pick<Table, 'format'>, index: number) => (table.format === 'vcard' ? index + 1 : index + 2);

export async function loadTable(db: Kysely<DB>, id: string): Promise<Table> {
  return readTable(await readImportFile(db, id));
}

type Settings = { mapping: ImportMapping; entity: Entity; dedupe: 'update' | 'skip' };
const settingsOf = (imp: ImportRecord): Settings => ({
  mapping: parseJson<ImportMapping>(imp.mapping) ?? {},
  entity: imp.entity as Entity,
  dedupe: imp.dedupe as 'update' | 'skip',
});

const rawRow = (table: Table, row: string[]) => Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? '']));

type Mapped = { rows: string[][]; mapped: MappedRow[] };

/** Rows [from, to) of the table as fields: parsing only, nothing read from or written to the database. */
async function mapRows(ctx: Ctx, table: Table, s: Settings, from: number, to: number): Promise<Mapped> {
  const { defaultPhoneRegion } = await getSettings(ctx.db);
  const rows = table.rows.slice(from, Math.min(to, table.rows.length));
  return { rows, mapped: rows.map((row) => mapRow(table.columns, row, s.mapping, defaultPhoneRegion)) };
}

/** Plans mapped rows that start at row `from`; service errors of a write are reported by the caller. */
async function* planRows(ctx: Ctx, table: Table, planner: Planner, from: number, { rows, mapped }: Mapped) {
  await planner.prefetch(ctx, mapped);
  for (const [k, m] of mapped.entries()) {
    const i = from + k;
    yield { index: i, row: rows[k] ?? [], mapped: m, plan: await planner.plan(ctx, rowNumberOf(table, i), m) };
  }
}

/** The first rows with their planned outcome, computed without writing. */
export async function previewImport(ctx: Ctx, imp: ImportRecord, table: Table): Promise<PreviewRow[]> {
  const s = settingsOf(imp);
  const out: PreviewRow[] = [];
  const rows = await mapRows(ctx, table, s, 0, PREVIEW_ROWS);
  for await (const r of planRows(ctx, table, new Planner(s.entity, s.dedupe, true), 0, rows)) {
    const { errors, ...values } = r.mapped;
    out.push({
      rowNumber: rowNumberOf(table, r.index),
      outcome: r.plan.outcome,
      values,
      errors: r.plan.outcome === 'fail' ? r.plan.errors : [],
    });
  }
  return out;
}

/** Counts what a run would do, and the first errors, without writing anything. */
export async function dryRunImport(ctx: Ctx, imp: ImportRecord) {
  const table = await loadTable(ctx.db, imp.id);
  const s = settingsOf(imp);
  const counts: ImportCounts = { ...NO_COUNTS };
  const errors: { rowNumber: number; field: string | null; message: string; raw: Record<string, string> }[] = [];
  const rows = await mapRows(ctx, table, s, 0, table.rows.length);
  for await (const r of planRows(ctx, table, new Planner(s.entity, s.dedupe, true), 0, rows)) {
    counts[outcomeCount[r.plan.outcome]] += 1;
    if (r.plan.outcome === 'fail' && errors.length < 100) {
      for (const e of r.plan.errors) errors.push({ rowNumber: rowNumberOf(table, r.index), ...e, raw: rawRow(table, r.row) });
    }
  }
  return { dryRun: true as const, counts, errors };
}

async function recordErrors(
  ctx: Ctx,
  importId: string,
  rowNumber: number,
  raw: object,
  errors: { field: string | null; message: string }[],
) {
  const at = nowIso();
  await ctx.db
    .insertInto('import_errors')
    .values(
      errors.map((e) => ({
        id: newId(),
        import_id: importId,
        row_number: rowNumber,
        field: e.field,
        message: e.message,
        raw: JSON.stringify(raw),
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}

/**
 * How long a batch may go on taking rows while it holds the write lock. 2,000 rows take ~0.5 s on
 * the bench machine; on a machine four times slower (or busier) the batch ends early instead, as
 * a colleague's save waits for it and gives up after busy_timeout (5 s).
 */
export const BATCH_MS = 2000;

/**
 * Imports rows from `from`, at most `limits.rows` of them, in one transaction together with the import's
 * progress and counts, so a batch is either wholly done and counted or not at all: a run resumed
 * after a crash starts at `processed` and never imports a row twice. The rows are parsed before
 * the transaction takes the write lock; once `limits.ms` have passed the batch takes no more rows.
 * Answers where the next batch starts.
 */
export async function importBatch(
  ctx: Ctx,
  imp: ImportRecord,
  table: Table,
  from: number,
  limits: { rows: number; ms: number },
): Promise<number> {
  const s = settingsOf(imp);
  const rows = await mapRows(ctx, table, s, from, from + limits.rows);
  return inTransaction(ctx, async (tx) => {
    const until = performance.now() + limits.ms;
    const counts: ImportCounts = {
      ...(parseJson<ImportCounts>(
        (await tx.db.selectFrom('imports').select('counts').where('id', '=', imp.id).executeTakeFirstOrThrow()).counts,
      ) ?? NO_COUNTS),
    };
    const planner = new Planner(s.entity, s.dedupe, false);
    const writer = new BatchWriter(tx, imp.id);
    let next = from;
    for await (const r of planRows(tx, table, planner, from, rows)) {
      let plan: Plan = r.plan;
      try {
        const created = await writer.apply(plan);
        if (created && plan.outcome === 'create') planner.remember(plan.data, created);
      } catch (err) {
        // Checks the services make beyond the schema (custom field values…) fail before any write.
        if (!(err instanceof AppError)) throw err;
        plan = {
          outcome: 'fail',
          errors: err.errors?.map((e) => ({ field: e.path, message: e.message })) ?? [{ field: null, message: err.message }],
        };
      }
      if (plan.outcome === 'fail') await recordErrors(tx, imp.id, rowNumberOf(table, r.index), rawRow(table, r.row), plan.errors);
      counts[outcomeCount[plan.outcome]] += 1;
      next = r.index + 1;
      if (performance.now() > until) break;
    }
    await writer.flush();
    await tx.db
      .updateTable('imports')
      .set({ processed: next, counts: JSON.stringify(counts), updated_at: nowIso() })
      .where('id', '=', imp.id)
      .execute();
    return next;
  });
}
