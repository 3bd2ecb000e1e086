import type { Kysely } from 'kysely';
import type { Engine } from '../db/connection.ts';
import { parseJson } from '../db/connection.ts';
import type { DB } from '../db/types.ts';
import { newId } from '../lib/ids.ts';
import { isoIn, nowIso } from '../lib/time.ts';

export type JobStatus = 'queued' | 'running' | 'completed' | 'failed';
export type ClaimedJob = { id: string; name: string; payload: unknown; attempts: number; maxAttempts: number };

/**
 * Adds a job. Pass the caller's transaction as `db` so the job exists exactly when the write that
 * asked for it commits: nothing acknowledged is lost, nothing rolled back runs.
 */
export async function enqueue(
  db: Kysely<DB>,
  name: string,
  payload: unknown,
  opts: { runAt?: string; maxAttempts?: number } = {},
): Promise<string> {
  const at = nowIso();
  const id = newId();
  await db
    .insertInto('jobs')
    .values({
      id,
      name,
      payload: JSON.stringify(payload),
      status: 'queued',
      run_at: opts.runAt ?? at,
      attempts: 0,
      max_attempts: opts.maxAttempts ?? 5,
      locked_until: null,
      last_error: null,
      progress: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** Jobs a worker may take now: queued ones whose time has come, running ones whose lock expired. */
function dueJobs(db: Kysely<DB>, names: string[], now: string) {
  return db
    .selectFrom('jobs')
    .select('id')
    .where('name', 'in', names)
    .where((w) =>
      w.or([
        w.and([w('status', '=', 'queued'), w('run_at', '<=', now)]),
        w.and([w('status', '=', 'running'), w('locked_until', '<', now)]),
      ]),
    );
}

/** Whether a worker would find a job to take now (without taking it). */
export async function hasDueJob(db: Kysely<DB>, names: string[]): Promise<boolean> {
  if (names.length === 0) return false;
  return (await dueJobs(db, names, nowIso()).limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Takes one due job: a queued one whose time has come, or a running one whose lock expired (its
 * worker crashed or was killed). One UPDATE … WHERE id = (SELECT …) RETURNING serves both
 * engines: PostgreSQL adds FOR UPDATE SKIP LOCKED so concurrent workers never take the same row;
 * SQLite runs one writer at a time, which gives the same guarantee.
 */
export async function claimJob(db: Kysely<DB>, engine: Engine, names: string[], lockMs: number): Promise<ClaimedJob | null> {
  if (names.length === 0) return null;
  const now = nowIso();
  const row = await db
    .updateTable('jobs')
    .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), locked_until: isoIn(lockMs), updated_at: now }))
    .where('id', '=', () =>
      dueJobs(db, names, now)
        .orderBy('run_at')
        .limit(1)
        .$if(engine === 'postgres', (q) => q.forUpdate().skipLocked()),
    )
    .returning(['id', 'name', 'payload', 'attempts', 'max_attempts'])
    .executeTakeFirst();
  if (!row) return null;
  return { id: row.id, name: row.name, payload: parseJson(row.payload), attempts: row.attempts, maxAttempts: row.max_attempts };
}

/** Keeps the lock while the job runs; answers false when the job is no longer this worker's. */
export async function heartbeat(db: Kysely<DB>, id: string, lockMs: number): Promise<boolean> {
  const res = await db
    .updateTable('jobs')
    .set({ locked_until: isoIn(lockMs), updated_at: nowIso() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function setJobProgress(db: Kysely<DB>, id: string, progress: unknown): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ progress: JSON.stringify(progress), updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

export async function completeJob(db: Kysely<DB>, id: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'completed', locked_until: null, last_error: null, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt runs again after an exponential pause, until the job runs out of attempts. */
export async function failJob(db: Kysely<DB>, job: ClaimedJob, error: string, backoffMs: number): Promise<JobStatus> {
  const status: JobStatus = job.attempts >= job.maxAttempts ? 'failed' : 'queued';
  const delay = Math.min(backoffMs * 2 ** (job.attempts - 1), 3600_000);
  await db
    .updateTable('jobs')
    .set({ status, run_at: isoIn(delay), locked_until: null, last_error: error.slice(0, 2000), updated_at: nowIso() })
    .where('id', '=', job.id)
    .execute();
  return status;
}

/** A worker that stops on purpose hands its job back at once, without spending an attempt. */
export async function releaseJob(db: Kysely<DB>, id: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'queued',
      run_at: nowIso(),
      attempts: eb('attempts', '-', 1),
      locked_until: null,
      updated_at: nowIso(),
    }))
    .where('id', '=', id)
    .execute();
}

export async function findJob(db: Kysely<DB>, id: string) {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...row, status: row.status as JobStatus, payload: parseJson(row.payload), progress: parseJson(row.progress) };
}
