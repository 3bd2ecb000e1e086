import type { ImportMapping, importCreateFields, importUpdate } from '@spilno/schema';
import type { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { enqueue } from '../../jobs/queue.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { guessMapping } from './headers.ts';
import { IMPORT_JOB, type ImportJobPayload } from './imports.job.ts';
import { findImport, type ImportRecord, NO_COUNTS, presentImport, updateImportRow } from './imports.repo.ts';
import { dryRunImport, loadTable, previewImport } from './imports.runner.ts';
import { readTable, type Table } from './table.ts';

/** Someone else's import is "not found", except for admins, who look after everyone's. */
export async function getImportFor(ctx: Ctx, id: string): Promise<ImportRecord> {
  const imp = await findImport(ctx.db, id);
  if (!imp || (imp.user_id !== ctx.user.id && ctx.user.role !== 'admin')) throw notFound('import');
  return imp;
}

/** A mapping may only name columns the file has. */
function checkMapping(mapping: ImportMapping, columns: string[]): void {
  const unknown = Object.keys(mapping).filter((c) => !columns.includes(c));
  if (unknown.length) {
    throw new AppError(
      'invalid',
      'The mapping names columns the file does not have.',
      unknown.map((c) => ({ path: `mapping.${c}`, message: 'No such column' })),
    );
  }
}

export async function presentWithPreview(ctx: Ctx, imp: ImportRecord, table?: Table) {
  if (imp.status !== 'pending') return presentImport(imp);
  return presentImport(imp, await previewImport(ctx, imp, table ?? (await loadTable(ctx.db, imp.id))));
}

/** Stores the file in the database (any app process may run the import), with its detected format and a guessed mapping. */
export async function createImport(ctx: Ctx, file: { name: string; bytes: Buffer }, fields: z.output<typeof importCreateFields>) {
  const table = await readTable(file.bytes);
  const guessed = guessMapping(fields.entity, table.columns);
  if (fields.mapping) checkMapping(fields.mapping, table.columns);
  const at = nowIso();
  const row = {
    id: newId(),
    user_id: ctx.user.id,
    entity: fields.entity,
    status: 'pending',
    file_name: file.name.slice(0, 255),
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    columns: JSON.stringify(table.columns),
    mapping: JSON.stringify({ ...guessed, ...fields.mapping }),
    dedupe: fields.dedupe,
    total: table.rows.length,
    processed: 0,
    counts: JSON.stringify(NO_COUNTS),
    error: null,
    job_id: null,
    started_at: null,
    finished_at: null,
    created_at: at,
    updated_at: at,
  };
  await inTransaction(ctx, async (tx) => {
    await tx.db.insertInto('imports').values(row).execute();
    await tx.db
      .insertInto('import_files')
      .values({ import_id: row.id, data: file.bytes, created_at: at, updated_at: at })
      .execute();
  });
  return presentWithPreview(ctx, row, table);
}

function assertPending(imp: ImportRecord): void {
  if (imp.status !== 'pending')
    throw new AppError('conflict', `This import is ${imp.status}; it can no longer be changed or run.`);
}

export async function updateImport(ctx: Ctx, id: string, patch: z.output<typeof importUpdate>) {
  const imp = await getImportFor(ctx, id);
  assertPending(imp);
  const table = await loadTable(ctx.db, id);
  if (patch.mapping) checkMapping(patch.mapping, table.columns);
  await updateImportRow(ctx.db, id, {
    ...(patch.mapping ? { mapping: JSON.stringify(patch.mapping) } : {}),
    ...(patch.dedupe ? { dedupe: patch.dedupe } : {}),
  });
  return presentWithPreview(ctx, await getImportFor(ctx, id), table);
}

/** A dry run is read-only and answers inline; a real run is a durable job that survives restarts. */
export async function runImport(ctx: Ctx, id: string, dryRun: boolean) {
  const imp = await getImportFor(ctx, id);
  assertPending(imp);
  if (dryRun) return dryRunImport(ctx, imp);
  return inTransaction(ctx, async (tx) => {
    const payload: ImportJobPayload = { importId: id, ip: ctx.actor.ip, userAgent: ctx.actor.userAgent };
    const jobId = await enqueue(tx.db, IMPORT_JOB, payload);
    // Only one run: the status moves from pending exactly once, even if two requests race.
    const res = await tx.db
      .updateTable('imports')
      .set({ status: 'running', job_id: jobId, started_at: nowIso(), updated_at: nowIso() })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', 'This import has already been started.');
    return presentImport((await findImport(tx.db, id)) as ImportRecord);
  });
}
