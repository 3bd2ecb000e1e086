import type { ImportCounts } from '@spilno/schema';
import type { Kysely } from 'kysely';
import { type Engine, parseJson } from '../../db/connection.ts';
import type { DB } from '../../db/types.ts';
import { type Ctx, ctxOfUser, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { betweenBatches, type JobHandler, JobInterrupted } from '../../jobs/worker.ts';
import { nowIso } from '../../lib/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findImport, updateImportRow } from './imports.repo.ts';
import { BATCH_MS, importBatch, loadTable } from './imports.runner.ts';

export const IMPORT_JOB = 'imports.run';
export type ImportJobPayload = { importId: string; ip: string | null; userAgent: string | null };

async function finish(
  ctx: Ctx,
  importId: string,
  status: 'completed' | 'failed',
  counts: ImportCounts | null,
  error: string | null,
) {
  await inTransaction(ctx, async (tx) => {
    await updateImportRow(tx.db, importId, { status, error, finished_at: nowIso() });
    // One entry per run, with its counts; the rows themselves are in import_records.
    await recordAudit(tx.db, tx.actor, {
      action: 'import',
      entityType: 'import',
      entityId: importId,
      changes: {
        status: ['running', status],
        ...(counts ? { counts: [null, counts] } : {}),
        ...(error ? { error: [null, error] } : {}),
      },
    });
  });
}

/** Runs an import in batches from where it stopped; the limits of a batch are small in tests to see batches. */
export function importJob(deps: { db: Kysely<DB>; engine: Engine }, batchSize = 2000, batchMs = BATCH_MS): JobHandler {
  return async (job, { signal, progress }) => {
    const payload = job.payload as ImportJobPayload;
    const imp = await findImport(deps.db, payload.importId);
    if (imp?.status !== 'running') return;
    const ctx = await ctxOfUser(deps.db, deps.engine, imp.user_id, payload);
    try {
      const table = await loadTable(deps.db, imp.id);
      for (let from = imp.processed; from < table.rows.length; ) {
        if (signal.aborted) throw new JobInterrupted();
        from = await importBatch(ctx, imp, table, from, { rows: batchSize, ms: batchMs });
        await progress({ processed: from, total: table.rows.length });
        await betweenBatches();
      }
      const done = await findImport(deps.db, imp.id);
      await finish(ctx, imp.id, 'completed', parseJson<ImportCounts>(done?.counts), null);
    } catch (err) {
      if (err instanceof JobInterrupted) throw err;
      // A file that cannot be read will not get better on retry; anything else may (a busy database).
      if (err instanceof AppError || job.attempts >= job.maxAttempts) {
        await finish(ctx, imp.id, 'failed', null, err instanceof Error ? err.message : String(err));
        if (err instanceof AppError) return;
      }
      throw err;
    }
  };
}
