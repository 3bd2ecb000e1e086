import { FOLLOW_UP_KINDS, type FollowUpKind, type FollowUpRule, type followUpRuleUpdate } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB, FollowUpRuleRow } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { RULE_KINDS } from './follow-ups.rules.ts';

const present = (kind: FollowUpKind, row?: FollowUpRuleRow): FollowUpRule => ({
  kind,
  enabled: Boolean(row?.enabled),
  available: RULE_KINDS[kind].available,
  amount: row?.amount ?? RULE_KINDS[kind].amount,
  taskType: (row?.task_type ?? RULE_KINDS[kind].taskType) as FollowUpRule['taskType'],
});

export async function listRules(db: Kysely<DB>): Promise<FollowUpRule[]> {
  const rows = await db.selectFrom('follow_up_rules').selectAll().execute();
  return FOLLOW_UP_KINDS.map((k) =>
    present(
      k,
      rows.find((r) => r.kind === k),
    ),
  );
}

/**
 * Switching a rule on starts it from now: records created, or falling silent, before that are
 * not its business, so enabling never floods anyone with a backlog of tasks.
 */
export async function updateRule(ctx: Ctx, kind: FollowUpKind, patch: z.output<typeof followUpRuleUpdate>) {
  if (!RULE_KINDS[kind].available && patch.enabled) {
    throw new AppError('invalid', 'This rule needs a module that does not exist yet.', [
      { path: 'enabled', message: 'Unavailable' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const row = await tx.db.selectFrom('follow_up_rules').selectAll().where('kind', '=', kind).executeTakeFirst();
    const before = present(kind, row);
    const after = { ...before, ...patch };
    const at = nowIso();
    const switchedOn = after.enabled && !before.enabled;
    const since = kind.endsWith('_no_activity') ? new Date(Date.now() - after.amount * 86_400_000).toISOString() : at;
    const values = {
      enabled: after.enabled ? 1 : 0,
      amount: after.amount,
      task_type: after.taskType,
      active_since: switchedOn || !row ? since : row.active_since,
      updated_at: at,
    };
    await tx.db
      .insertInto('follow_up_rules')
      .values({ kind, ...values, created_at: at })
      .onConflict((oc) => oc.column('kind').doUpdateSet(values))
      .execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'follow_up_rule',
      entityId: null,
      changes: { kind: [kind, kind], ...diff(before, after, ['enabled', 'amount', 'taskType']) },
    });
    return after;
  });
}
