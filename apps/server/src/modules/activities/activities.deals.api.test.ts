import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let owner: Caller;
let otherManager: Caller;
let support: Caller;
let contactId: string;
let dealId: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  owner = await userWithRole(t.app, admin, 'manager');
  otherManager = await userWithRole(t.app, admin, 'manager');
  support = await userWithRole(t.app, admin, 'support');
  contactId = (await owner.post('/api/v1/contacts', { firstName: 'Taras' })).json().id;
  dealId = (await owner.post('/api/v1/deals', { name: 'Bakery ovens', contactId })).json().id;
});
afterAll(() => t.close());

// The system's own entries ("Deal created") are left out to keep the expectations short.
const bodies = (res: { json: () => { items: { type: string; body: string }[] } }) =>
  res
    .json()
    .items.filter((a) => a.type !== 'system')
    .map((a) => a.body);

describe('the deal timeline', () => {
  it("shows what was logged on the deal, and puts it on the deal's contact timeline too", async () => {
    const call = await owner.post('/api/v1/activities', { type: 'call', dealId, body: 'Asked for a quote' });
    expect(call.statusCode, call.body).toBe(201);
    expect(call.json()).toMatchObject({ dealId, contactId });
    // Logged on the contact only: the contact's timeline has it, the deal's does not.
    await owner.post('/api/v1/activities', { type: 'note', contactId, body: 'Birthday in May' });

    expect(bodies(await owner.get(`/api/v1/activities?dealId=${dealId}`))).toEqual(['Asked for a quote']);
    expect(bodies(await owner.get(`/api/v1/activities?contactId=${contactId}`))).toEqual([
      'Birthday in May',
      'Asked for a quote',
    ]);
    expect(bodies(await admin.get(`/api/v1/activities?dealId=${dealId}`))).toEqual(['Asked for a quote']);
  });

  it('pages the deal timeline newest first', async () => {
    for (const at of ['2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z'])
      await owner.post('/api/v1/activities', { type: 'meeting', dealId, body: at, occurredAt: at });
    const first = (await owner.get(`/api/v1/activities?dealId=${dealId}&limit=3`)).json();
    const rest = (await owner.get(`/api/v1/activities?dealId=${dealId}&limit=3&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...rest.items].map((a: { body: string }) => a.body)).toEqual([
      'Asked for a quote',
      'Deal created: Bakery ovens (0.00 UAH, Qualification)',
      '2026-11-02T10:00:00Z',
      '2026-11-01T10:00:00Z',
    ]);
  });

  it('hides the deal from those who may not read it', async () => {
    for (const caller of [otherManager, support]) {
      expect((await caller.get(`/api/v1/activities?dealId=${dealId}`)).statusCode).toBe(404);
      const res = await caller.post('/api/v1/activities', { type: 'note', dealId, body: 'sneaky' });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('dealId');
    }
    const entry = (await owner.get(`/api/v1/activities?dealId=${dealId}`)).json().items[0];
    // Support reads every contact, but an entry that belongs to a deal they cannot see stays theirs to leave alone.
    expect((await support.patch(`/api/v1/activities/${entry.id}`, { body: 'x' })).statusCode).toBe(404);
  });
});
