import type { Kysely } from 'kysely';
import type { DB, FollowUpRuleRow } from '../../db/types.ts';
import type { Occasion } from './follow-ups.act.ts';

export const BATCH = 200;
const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** What a rule looks at between its watermark `from` and `to`: lists each ordered by `mark`, at most BATCH long. */
type Source = (db: Kysely<DB>, rule: FollowUpRuleRow, from: string, to: string, now: number) => Promise<Occasion[][]>;

const contactName = (c: { first_name: string; last_name: string }) => `${c.first_name} ${c.last_name}`.trim();

/** Contacts with an owner whose `column` lies in [from, to), oldest first. */
function contactsIn(db: Kysely<DB>, column: 'created_at' | 'last_contacted_at', from: string, to: string) {
  return db
    .selectFrom('contacts')
    .select(['id', 'first_name', 'last_name', 'owner_id', 'created_at', 'last_contacted_at'])
    .where(column, '>=', from)
    .where(column, '<', to)
    .where('owner_id', 'is not', null)
    .orderBy(column)
    .limit(BATCH);
}

const contactCreated: Source = async (db, rule, from, to) => {
  const rows = await contactsIn(db, 'created_at', from, to).execute();
  return [
    rows.map((c) => ({
      key: c.id,
      mark: c.created_at,
      links: { contact_id: c.id },
      ownerId: c.owner_id as string,
      title: `Call ${contactName(c)}, a new contact`,
      dueAt: new Date(Date.parse(c.created_at) + rule.amount * HOUR).toISOString(),
    })),
  ];
};

const contactNoActivity: Source = async (db, rule, from, to, now) => {
  const talked = await contactsIn(db, 'last_contacted_at', from, to).execute();
  const never = await contactsIn(db, 'created_at', from, to).where('last_contacted_at', 'is', null).execute();
  const occasion = (c: (typeof talked)[number], mark: string): Occasion => ({
    // A new conversation followed by new silence is a new occasion.
    key: `${c.id}:${c.last_contacted_at ?? 'never'}`,
    mark,
    links: { contact_id: c.id },
    ownerId: c.owner_id as string,
    title: `Get back to ${contactName(c)}: no contact for ${rule.amount} days`,
    dueAt: new Date(now).toISOString(),
  });
  return [talked.map((c) => occasion(c, c.last_contacted_at as string)), never.map((c) => occasion(c, c.created_at))];
};

const leadCreated: Source = async (db, rule, from, to) => {
  const rows = await db
    .selectFrom('leads')
    .select(['id', 'name', 'owner_id', 'created_at'])
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .where('owner_id', 'is not', null)
    .orderBy('created_at')
    .limit(BATCH)
    .execute();
  return [
    rows.map((l) => ({
      key: l.id,
      mark: l.created_at,
      links: { lead_id: l.id },
      ownerId: l.owner_id as string,
      title: `Call ${l.name}, a new lead`,
      dueAt: new Date(Date.parse(l.created_at) + rule.amount * HOUR).toISOString(),
    })),
  ];
};

/**
 * A deal falls silent when its last activity (or, with none, its creation) crosses `to`. Walking
 * deal activities by time and keeping those nothing came after finds exactly the deals that did.
 */
const dealNoActivity: Source = async (db, rule, from, to, now) => {
  const last = await db
    .selectFrom('activities as a')
    .innerJoin('deals as d', 'd.id', 'a.deal_id')
    .select(['d.id', 'd.name', 'd.owner_id', 'a.id as activity_id', 'a.occurred_at as mark'])
    .where('a.deal_id', 'is not', null)
    .where('a.occurred_at', '>=', from)
    .where('a.occurred_at', '<', to)
    .where('d.status', '=', 'open')
    .where('d.owner_id', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('activities as b')
            .select('b.id')
            .whereRef('b.deal_id', '=', 'a.deal_id')
            .where((eb) =>
              eb.or([
                eb('b.occurred_at', '>', eb.ref('a.occurred_at')),
                eb.and([eb('b.occurred_at', '=', eb.ref('a.occurred_at')), eb('b.id', '>', eb.ref('a.id'))]),
              ]),
            ),
        ),
      ),
    )
    .orderBy('a.occurred_at')
    .limit(BATCH)
    .execute();
  const never = await db
    .selectFrom('deals as d')
    .select(['d.id', 'd.name', 'd.owner_id', 'd.created_at as mark'])
    .where('d.created_at', '>=', from)
    .where('d.created_at', '<', to)
    .where('d.status', '=', 'open')
    .where('d.owner_id', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('activities as b').select('b.id').whereRef('b.deal_id', '=', 'd.id'))),
    )
    .orderBy('d.created_at')
    .limit(BATCH)
    .execute();
  const occasion = (d: (typeof never)[number], since: string): Occasion => ({
    key: `${d.id}:${since}`,
    mark: d.mark,
    links: { deal_id: d.id },
    ownerId: d.owner_id as string,
    title: `Deal ${d.name}: no activity for ${rule.amount} days`,
    dueAt: new Date(now).toISOString(),
  });
  return [last.map((d) => occasion(d, d.activity_id)), never.map((d) => occasion(d, 'created'))];
};

export const SOURCES: Record<string, Source> = {
  contact_created: contactCreated,
  contact_no_activity: contactNoActivity,
  lead_created: leadCreated,
  deal_no_activity: dealNoActivity,
};
