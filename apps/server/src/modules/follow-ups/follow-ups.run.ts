import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { act } from './follow-ups.act.ts';
import { BATCH, DAY, SOURCES } from './follow-ups.sources.ts';

/**
 * One pass over the enabled rules. Each rule keeps a watermark (`active_since`) and looks only at
 * records that crossed it since the last pass, so a pass costs an index range scan, not a table scan.
 */
export async function runFollowUps(db: Kysely<DB>, now = Date.now()): Promise<number> {
  const rules = await db.selectFrom('follow_up_rules').selectAll().where('enabled', '=', 1).execute();
  let created = 0;
  for (const rule of rules) {
    const source = SOURCES[rule.kind];
    if (!source) continue;
    // Silence rules look at what went quiet N days ago; creation rules at what appeared until now.
    const to = new Date(rule.kind.endsWith('_no_activity') ? now - rule.amount * DAY : now).toISOString();
    if (to <= rule.active_since) continue;
    const lists = await source(db, rule, rule.active_since, to, now);
    for (const o of lists.flat()) if (await act(db, rule, o)) created += 1;
    // A full batch means there may be more: resume from the last one seen (the log skips repeats).
    const resume =
      lists
        .filter((l) => l.length === BATCH)
        .map((l) => l[l.length - 1]?.mark as string)
        .sort()[0] ?? to;
    await db.updateTable('follow_up_rules').set({ active_since: resume }).where('kind', '=', rule.kind).execute();
  }
  return created;
}
