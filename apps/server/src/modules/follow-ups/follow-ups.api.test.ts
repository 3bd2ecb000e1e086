import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';
import { runFollowUps } from './follow-ups.run.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;

const DAY = 86_400_000;
const daysAgo = (d: number) => new Date(Date.now() - d * DAY).toISOString();
/** Two schedulers passing at the same moment. */
const race = (now?: number) => Promise.all([runFollowUps(t.database.db, now), runFollowUps(t.database.db, now)]);
const tasksOf = async (query: string) => (await manager.get(`/api/v1/tasks?${query}`)).json().items;

async function logActivity(dealId: string, occurredAt: string) {
  await t.database.db
    .insertInto('activities')
    .values({
      id: newId(),
      type: 'call',
      contact_id: null,
      company_id: null,
      deal_id: dealId,
      subject: null,
      body: 'Talked',
      direction: null,
      duration_sec: null,
      outcome: null,
      occurred_at: occurredAt,
      author_id: manager.user.id,
      pinned: 0,
      created_at: occurredAt,
      updated_at: occurredAt,
    })
    .execute();
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager');
});
afterAll(() => t.close());

describe('lead_created', () => {
  it('is available and gives a new lead’s owner one call task, even when two passes race', async () => {
    const on = await admin.patch('/api/v1/follow-up-rules/lead_created', { enabled: true, amount: 3 });
    expect(on.json()).toMatchObject({ kind: 'lead_created', available: true, enabled: true, amount: 3, taskType: 'call' });
    const lead = (await manager.post('/api/v1/leads', { name: 'Taras Melnyk' })).json();
    const counts = await race();
    expect(counts[0] + counts[1]).toBe(1);
    await race();
    const tasks = await tasksOf(`leadId=${lead.id}`);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ type: 'call', assigneeId: manager.user.id, title: 'Call Taras Melnyk, a new lead' });
    expect(Date.parse(tasks[0].dueAt) - Date.parse(lead.createdAt)).toBe(3 * 3_600_000);
    await admin.patch('/api/v1/follow-up-rules/lead_created', { enabled: false });
  });
});

describe('deal_no_activity', () => {
  it('reminds the owner of each silent open deal once, and again after new silence', async () => {
    await admin.patch('/api/v1/follow-up-rules/deal_no_activity', { enabled: true, amount: 5 });
    const deal = async (name: string) => (await manager.post('/api/v1/deals', { name })).json().id as string;
    const [quiet, never, busy, won] = [await deal('Quiet'), await deal('Never'), await deal('Busy'), await deal('Won')];
    await logActivity(quiet, daysAgo(7));
    await logActivity(quiet, daysAgo(6));
    await logActivity(busy, daysAgo(8));
    await logActivity(busy, daysAgo(1));
    await logActivity(won, daysAgo(9));
    await t.database.db
      .updateTable('deals')
      .set({ created_at: daysAgo(6) })
      .where('id', '=', never)
      .execute();
    await t.database.db.updateTable('deals').set({ status: 'won' }).where('id', '=', won).execute();
    // The rule was switched on before all of this happened.
    await t.database.db
      .updateTable('follow_up_rules')
      .set({ active_since: daysAgo(30) })
      .where('kind', '=', 'deal_no_activity')
      .execute();

    const counts = await race();
    expect(counts[0] + counts[1]).toBe(2);
    await race();
    const titles = async (id: string) => (await tasksOf(`dealId=${id}`)).map((x: { title: string }) => x.title);
    expect(await titles(quiet)).toEqual(['Deal Quiet: no activity for 5 days']);
    expect(await titles(never)).toEqual(['Deal Never: no activity for 5 days']);
    expect(await titles(busy)).toEqual([]);
    expect(await titles(won)).toEqual([]);
    expect((await tasksOf(`dealId=${quiet}`))[0]).toMatchObject({ type: 'follow_up', assigneeId: manager.user.id });

    // A call today, then a week of silence: a new occasion, reminded once more.
    await logActivity(quiet, new Date().toISOString());
    await race(Date.now() + 6 * DAY);
    expect(await titles(quiet)).toHaveLength(2);
    expect(await titles(busy)).toHaveLength(1);
    const log = await t.database.db.selectFrom('follow_up_log').selectAll().where('rule_kind', '=', 'deal_no_activity').execute();
    expect(log).toHaveLength(4);
  });
});
