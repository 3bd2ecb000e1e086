import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let managers: Caller[];

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  managers = [await userWithRole(t.app, admin, 'manager', 'First'), await userWithRole(t.app, admin, 'manager', 'Second')];
});
afterAll(() => t.close());

/** What the board showed before the kept totals: a sum over the deals themselves. */
async function scanned() {
  const { rows } = await sql<{
    stage_id: string;
    owner_key: string;
    currency: string;
    n: number;
    amount: number;
    weighted: number;
  }>`
    select stage_id, coalesce(cast(owner_id as text), '') as owner_key, currency, count(*) as n,
      sum(amount_minor) as amount, sum(amount_minor * probability) as weighted
    from deals group by stage_id, coalesce(cast(owner_id as text), ''), currency`.execute(t.database.db);
  return rows.map((r) => ({ ...r, n: Number(r.n), amount: Number(r.amount), weighted: Number(r.weighted) }));
}
async function kept() {
  const rows = await t.database.db
    .selectFrom('deal_stage_totals')
    .select(['stage_id', 'owner_key', 'currency', 'deals as n', 'amount_minor as amount', 'weighted'])
    .where('deals', '>', 0)
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n), amount: Number(r.amount), weighted: Number(r.weighted) }));
}
const sorted = <T extends { stage_id: string; owner_key: string; currency: string }>(rows: T[]) =>
  rows.sort((a, b) => `${a.stage_id}${a.owner_key}${a.currency}`.localeCompare(`${b.stage_id}${b.owner_key}${b.currency}`));

describe('deal board totals', () => {
  it('stay equal to the sum over the deals through creates, moves, edits, reassignments and deletes', async () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    expect((await managers[0]?.post('/api/v1/deals', { name: 'Opening' }))?.statusCode).toBe(201);
    const stages = (await admin.get('/api/v1/pipelines')).json().items[0].stages as { id: string }[];
    const users = [...managers.map((m) => m.user.id), admin.user.id];
    const deals: { id: string; updatedAt: string }[] = [];
    for (let step = 0; step < 120; step++) {
      const action = deals.length < 5 ? 0 : random(6);
      if (action === 0 || action === 1) {
        const res = await admin.post('/api/v1/deals', {
          name: `Deal ${step}`,
          amount: `${random(100_000)}.${String(random(100)).padStart(2, '0')}`,
          currency: ['UAH', 'EUR'][random(2)],
          stageId: stages[random(stages.length)]?.id,
          ...(random(4) ? { ownerId: users[random(users.length)] } : {}),
        });
        expect(res.statusCode).toBe(201);
        deals.push(res.json());
        continue;
      }
      const index = random(deals.length);
      const deal = deals[index] as { id: string };
      if (action === 5) {
        expect((await admin.delete(`/api/v1/deals/${deal.id}`)).statusCode).toBe(204);
        deals.splice(index, 1);
        continue;
      }
      const change = [
        { stageId: stages[random(stages.length)]?.id },
        { amount: `${random(5_000)}`, probability: random(101) },
        { ownerId: users[random(users.length)] },
        { currency: ['UAH', 'EUR', 'USD'][random(3)] },
      ][action - 1];
      const res = await admin.patch(`/api/v1/deals/${deal.id}`, change);
      expect(res.statusCode).toBe(200);
      deals[index] = res.json();
    }
    expect(sorted(await kept())).toEqual(sorted(await scanned()));

    // The board reads them, for everyone and for a manager who sees only their own deals.
    const scan = await scanned();
    for (const [caller, owner] of [
      [admin, null],
      [managers[0] as Caller, managers[0]?.user.id],
    ] as const) {
      const columns = (await caller.get('/api/v1/deals/board')).json().columns as { stage: { id: string }; count: number }[];
      for (const column of columns) {
        const rows = scan.filter((r) => r.stage_id === column.stage.id && (!owner || r.owner_key === owner));
        expect(column.count).toBe(rows.reduce((n, r) => n + r.n, 0));
      }
    }
  });
});
