import type { Kysely } from 'kysely';
import type { DB, FollowUpRuleRow } from '../../db/types.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { type Actor, recordAudit } from '../audit/audit.service.ts';
import { timingOf } from '../tasks/tasks.timing.ts';
import { insertTask, notifyAssigned, overdueCheckAt } from '../tasks/tasks.write.ts';

const SYSTEM: Actor = { userId: null, userName: 'Follow-up rules', ip: null, userAgent: null };

/** The record a follow-up task is about; exactly one link is set. */
export type Links = { contact_id?: string; lead_id?: string; deal_id?: string };

/** One thing a rule may act on: `key` names it uniquely for the rule, `mark` is its watermark value. */
export type Occasion = { key: string; mark: string; links: Links; ownerId: string; title: string; dueAt: string };

/**
 * Creates the rule's task for one occasion at most once: the log's primary key is the guard, so
 * two schedulers racing over the same record create one task between them.
 */
export async function act(db: Kysely<DB>, rule: FollowUpRuleRow, o: Occasion): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const at = nowIso();
    const id = newId();
    const logged = await trx
      .insertInto('follow_up_log')
      .values({ rule_kind: rule.kind, occasion: o.key, task_id: id, created_at: at, updated_at: at })
      .onConflict((oc) => oc.columns(['rule_kind', 'occasion']).doNothing())
      .executeTakeFirst();
    if (Number(logged.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    const timing = timingOf({ dueAt: o.dueAt, dueDate: null }, 'UTC');
    await insertTask(trx, {
      id,
      title: o.title,
      description: '',
      type: rule.task_type,
      ...timing,
      duration_min: null,
      priority: 'normal',
      status: 'open',
      is_open: 1,
      progress: 0,
      checklist: '[]',
      assignee_id: o.ownerId,
      created_by_id: null,
      contact_id: o.links.contact_id ?? null,
      company_id: null,
      deal_id: o.links.deal_id ?? null,
      lead_id: o.links.lead_id ?? null,
      order_id: null,
      ticket_id: null,
      rrule: null,
      series_start: null,
      series_id: null,
      reminders: '[]',
      time_zone: 'Europe/Kyiv',
      outcome: null,
      completed_at: null,
      overdue_check_at: overdueCheckAt(true, timing.deadline_at),
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, SYSTEM, { action: 'create', entityType: 'task', entityId: id, changes: { rule: [null, rule.kind] } });
    await notifyAssigned(trx, { id, title: o.title, assignee_id: o.ownerId }, { id: null, name: 'Spilno' });
    return true;
  });
}
