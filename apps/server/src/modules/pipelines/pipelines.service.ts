import { DEFAULT_STAGES, type Pipeline, type pipelineCreate, type pipelineUpdate, type Stage } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';

type StageInput = z.output<typeof pipelineCreate>['stages'][number];
const audited = ['name', 'isDefault', 'stages'] as const;

export async function listPipelines(db: Kysely<DB>): Promise<Pipeline[]> {
  await ensureDefaultPipeline(db);
  const [pipelines, stages] = await Promise.all([
    db.selectFrom('pipelines').selectAll().orderBy('is_default', 'desc').orderBy('name').execute(),
    db.selectFrom('pipeline_stages').selectAll().orderBy('pipeline_id').orderBy('position').execute(),
  ]);
  return pipelines.map((p) => ({
    id: p.id,
    name: p.name,
    isDefault: Boolean(p.is_default),
    stages: stages
      .filter((s) => s.pipeline_id === p.id)
      .map((s) => ({ id: s.id, name: s.name, probability: s.probability, position: s.position, kind: s.kind as Stage['kind'] })),
    createdAt: p.created_at,
    updatedAt: p.updated_at,
  }));
}

export async function getPipeline(db: Kysely<DB>, id?: string): Promise<Pipeline> {
  const pipelines = await listPipelines(db);
  const found = id ? pipelines.find((p) => p.id === id) : pipelines.find((p) => p.isDefault);
  if (!found)
    throw id
      ? new AppError('invalid', 'This pipeline does not exist.', [{ path: 'pipelineId', message: 'Unknown pipeline' }])
      : notFound('pipeline');
  return found;
}

async function writeStages(db: Kysely<DB>, pipelineId: string, stages: StageInput[], at: string): Promise<void> {
  const existing = await db.selectFrom('pipeline_stages').select('id').where('pipeline_id', '=', pipelineId).execute();
  const kept = new Set(stages.map((s) => s.id).filter(Boolean));
  const removed = existing.map((s) => s.id).filter((id) => !kept.has(id));
  if (removed.length) {
    const used = await db.selectFrom('deals').select('id').where('stage_id', 'in', removed).limit(1).executeTakeFirst();
    if (used) throw new AppError('conflict', 'A stage that still holds deals cannot be removed; move its deals first.');
    await db.deleteFrom('pipeline_stages').where('id', 'in', removed).execute();
  }
  for (const [position, s] of stages.entries()) {
    if (s.id && existing.some((e) => e.id === s.id)) {
      await db
        .updateTable('pipeline_stages')
        .set({ name: s.name, probability: s.probability, kind: s.kind, position, updated_at: at })
        .where('id', '=', s.id)
        .execute();
    } else {
      if (s.id)
        throw new AppError('invalid', 'A stage belongs to another pipeline.', [
          { path: `stages.${position}.id`, message: 'Unknown stage' },
        ]);
      const row = {
        id: newId(),
        pipeline_id: pipelineId,
        name: s.name,
        probability: s.probability,
        kind: s.kind,
        position,
        created_at: at,
        updated_at: at,
      };
      await db.insertInto('pipeline_stages').values(row).execute();
    }
  }
}

/** The first time sales are used there is one pipeline, with the stages of the source documents. */
export async function ensureDefaultPipeline(db: Kysely<DB>): Promise<void> {
  if (await db.selectFrom('pipelines').select('id').limit(1).executeTakeFirst()) return;
  const at = nowIso();
  const id = newId();
  const create = async (trx: Kysely<DB>) => {
    await trx.insertInto('pipelines').values({ id, name: 'Sales', is_default: 1, created_at: at, updated_at: at }).execute();
    await writeStages(trx, id, DEFAULT_STAGES, at);
  };
  // Creating a deal may be the first use, inside the deal's own transaction.
  await (db.isTransaction ? create(db) : db.transaction().execute(create));
}

async function makeDefault(db: Kysely<DB>, id: string, at: string) {
  await db
    .updateTable('pipelines')
    .set({ is_default: 0, updated_at: at })
    .where('is_default', '=', 1)
    .where('id', '<>', id)
    .execute();
  await db.updateTable('pipelines').set({ is_default: 1, updated_at: at }).where('id', '=', id).execute();
}

export async function createPipeline(ctx: Ctx, input: z.output<typeof pipelineCreate>): Promise<Pipeline> {
  return inTransaction(ctx, async (tx) => {
    // The default pipeline first: an installation whose first pipeline came from the API would have none.
    await ensureDefaultPipeline(tx.db);
    const at = nowIso();
    const id = newId();
    await tx.db.insertInto('pipelines').values({ id, name: input.name, is_default: 0, created_at: at, updated_at: at }).execute();
    await writeStages(
      tx.db,
      id,
      input.stages.map((s) => ({ ...s, id: undefined })),
      at,
    );
    if (input.isDefault) await makeDefault(tx.db, id, at);
    const created = await getPipeline(tx.db, id);
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'pipeline',
      entityId: id,
      changes: diff(null, created, audited),
    });
    return created;
  });
}

export async function updatePipeline(ctx: Ctx, id: string, patch: z.output<typeof pipelineUpdate>): Promise<Pipeline> {
  return inTransaction(ctx, async (tx) => {
    const before = await getPipeline(tx.db, id);
    const at = nowIso();
    if (patch.name) await tx.db.updateTable('pipelines').set({ name: patch.name, updated_at: at }).where('id', '=', id).execute();
    if (patch.stages) await writeStages(tx.db, id, patch.stages, at);
    if (patch.isDefault) await makeDefault(tx.db, id, at);
    const after = await getPipeline(tx.db, id);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'pipeline',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return after;
  });
}

export async function deletePipeline(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getPipeline(tx.db, id);
    if (before.isDefault) throw new AppError('conflict', 'Make another pipeline the default before deleting this one.');
    if (await tx.db.selectFrom('deals').select('id').where('pipeline_id', '=', id).limit(1).executeTakeFirst()) {
      throw new AppError('conflict', 'This pipeline still holds deals.');
    }
    await tx.db.deleteFrom('pipelines').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'pipeline',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}
