import type { Kysely } from 'kysely';
import type { DB, FollowUpRuleRow } from '../../db/types.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { type Actor, recordAudit } from '../audit/audit.service.ts';
import { timingOf } from '../tasks/tasks.timing.ts';
import { insertTask, notifyAssigned, overdueCheckAt } from '../tasks/tasks.write.ts';

const BATCH = 200;
const SYSTEM: Actor = { userId: null, userName: 'Follow-up rules', ip: null, userAgent: null };

type Occasion = { key: string; contactId: string; ownerId: string };
type Plan = { title: string; dueAt: string };

/**
 * Creates the rule's task for one occasion at most once: the log's primary key is the guard, so
 * two schedulers racing over the same contact create one task between them.
 */
async function act(db: Kysely<DB>, rule: FollowUpRuleRow, o: Occasion, plan: Plan): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const at = nowIso();
    const id = newId();
    const logged = await trx
      .insertInto('follow_up_log')
      .values({ rule_kind: rule.kind, occasion: o.key, task_id: id, created_at: at, updated_at: at })
      .onConflict((oc) => oc.columns(['rule_kind', 'occasion']).doNothing())
      .executeTakeFirst();
    if (Number(logged.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    const timing = timingOf({ dueAt: plan.dueAt, dueDate: null }, 'UTC');
    await insertTask(trx, {
      id,
      title: plan.title,
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
      contact_id: o.contactId,
      company_id: null,
      deal_id: null,
      lead_id: null,
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
    await notifyAssigned(trx, { id, title: plan.title, assignee_id: o.ownerId }, { id: null, name: 'Spilno' });
    return true;
  });
}

const contactName = (c: { first_name: string; last_name: string }) => `${c.first_name} ${c.last_name}`.trim();

/** Contacts with an owner whose `column` lies in [from, to), oldest first. */
async function contactsIn(
  db: Kysely<DB>,
  column: 'created_at' | 'last_contacted_at',
  from: string,
  to: string,
  neverContacted = false,
) {
  let q = db
    .selectFrom('contacts')
    .select(['id', 'first_name', 'last_name', 'owner_id', 'created_at', 'last_contacted_at'])
    .where(column, '>=', from)
    .where(column, '<', to)
    .where('owner_id', 'is not', null);
  if (neverContacted) q = q.where('last_contacted_at', 'is', null);
  return q.orderBy(column).limit(BATCH).execute();
}

/**
 * One pass over the enabled rules. Each rule keeps a watermark (`active_since`) and looks only at
 * records that crossed it since the last pass, so a pass costs an index range scan, not a table scan.
 */
export async function runFollowUps(db: Kysely<DB>, now = Date.now()): Promise<number> {
  const rules = await db.selectFrom('follow_up_rules').selectAll().where('enabled', '=', 1).execute();
  let created = 0;
  for (const rule of rules) {
    const to =
      rule.kind === 'contact_no_activity' ? new Date(now - rule.amount * 86_400_000).toISOString() : new Date(now).toISOString();
    if (to <= rule.active_since) continue;
    const lists =
      rule.kind === 'contact_created'
        ? [await contactsIn(db, 'created_at', rule.active_since, to)]
        : rule.kind === 'contact_no_activity'
          ? [
              await contactsIn(db, 'last_contacted_at', rule.active_since, to),
              await contactsIn(db, 'created_at', rule.active_since, to, true),
            ]
          : [];
    for (const c of lists.flat()) {
      const name = contactName(c);
      const silent = rule.kind === 'contact_no_activity';
      const plan = silent
        ? { title: `Get back to ${name}: no contact for ${rule.amount} days`, dueAt: new Date(now).toISOString() }
        : {
            title: `Call ${name}, a new contact`,
            dueAt: new Date(Date.parse(c.created_at) + rule.amount * 3_600_000).toISOString(),
          };
      const key = silent ? `${c.id}:${c.last_contacted_at ?? 'never'}` : c.id;
      const o = { key, contactId: c.id, ownerId: c.owner_id as string };
      if (await act(db, rule, o, plan)) created += 1;
    }
    // A full batch means there may be more: resume from the last one seen (the log skips repeats).
    const full = lists.filter((l) => l.length === BATCH);
    const mark = (c: { created_at: string; last_contacted_at: string | null }, i: number) =>
      (i === 0 && rule.kind === 'contact_no_activity' ? c.last_contacted_at : c.created_at) ?? to;
    const resume = full.length ? full.map((l) => mark(l[l.length - 1] as (typeof l)[number], lists.indexOf(l))).sort()[0] : to;
    await db
      .updateTable('follow_up_rules')
      .set({ active_since: resume as string })
      .where('kind', '=', rule.kind)
      .execute();
  }
  return created;
}
