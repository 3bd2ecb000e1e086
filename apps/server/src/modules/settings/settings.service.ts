import { DEFAULT_SETTINGS, type Settings, type settingsUpdate } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parseJson } from '../../db/connection.ts';
import type { DB } from '../../db/types.ts';
import type { Ctx } from '../../http/context.ts';
import { inTransaction } from '../../http/context.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';

/**
 * Values are stored wrapped as `{ value }`: PostgreSQL hands a bare jsonb string back already
 * parsed, SQLite as text, and only an object reads the same way from both.
 */
type Stored = { value: unknown };

/** Stored keys override the defaults; a key added in a later release simply starts at its default. */
export async function getSettings(db: Kysely<DB>): Promise<Settings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, parseJson<Stored>(r.value)?.value]));
  return { ...DEFAULT_SETTINGS, ...pickKnown(stored) };
}

function pickKnown(values: Record<string, unknown>): Partial<Settings> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => k in DEFAULT_SETTINGS)) as Partial<Settings>;
}

export async function updateSettings(ctx: Ctx, patch: z.output<typeof settingsUpdate>): Promise<Settings> {
  return inTransaction(ctx, async (tx) => {
    const before = await getSettings(tx.db);
    const at = nowIso();
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const stored = JSON.stringify({ value } satisfies Stored);
      await tx.db
        .insertInto('settings')
        .values({ key, value: stored, created_at: at, updated_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: stored, updated_at: at }))
        .execute();
    }
    const after = await getSettings(tx.db);
    const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'settings',
      entityId: null,
      // The logo is a data URL of up to ~140 KB: the log says that it changed, not what it was.
      changes: Object.fromEntries(
        Object.entries(diff(before, after, keys)).map(([k, v]) => [
          k,
          k === 'companyLogo' ? [v[0] ? 'image' : null, v[1] ? 'image' : null] : v,
        ]),
      ),
    });
    return after;
  });
}
