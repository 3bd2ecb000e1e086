import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;
let support: Caller;
let contactId: string;
let companyId: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager');
  support = await userWithRole(t.app, admin, 'support');
  companyId = (
    await admin.post('/api/v1/companies', { name: 'Nova Bakery', type: 'customer', industry: 'food_and_beverage' })
  ).json().id;
  contactId = (await manager.post('/api/v1/contacts', { firstName: 'Oksana', companyId })).json().id;
});
afterAll(() => t.close());

describe('the timeline', () => {
  it('records calls, notes and meetings newest first, with author, and keeps lastContactedAt', async () => {
    const call = await manager.post('/api/v1/activities', {
      type: 'call',
      contactId,
      direction: 'outbound',
      durationSec: 185,
      outcome: 'no_answer',
      occurredAt: '2026-11-20T09:30:00+02:00',
    });
    expect(call.statusCode, call.body).toBe(201);
    expect(call.json()).toMatchObject({
      authorId: manager.user.id,
      occurredAt: '2026-11-20T07:30:00.000Z',
      outcome: 'no_answer',
    });
    expect((await manager.get(`/api/v1/contacts/${contactId}`)).json().lastContactedAt).toBe('2026-11-20T07:30:00.000Z');

    // A note is not contact with the customer; a backdated meeting does not move the date back.
    await manager.post('/api/v1/activities', { type: 'note', contactId, body: 'Wants a discount on rye bread', pinned: true });
    await manager.post('/api/v1/activities', { type: 'meeting', contactId, body: 'Tasting', occurredAt: '2026-10-01T10:00:00Z' });
    expect((await manager.get(`/api/v1/contacts/${contactId}`)).json().lastContactedAt).toBe('2026-11-20T07:30:00.000Z');

    const timeline = (await support.get(`/api/v1/activities?contactId=${contactId}`)).json().items;
    expect(timeline.map((a: { type: string }) => a.type)).toEqual(['note', 'call', 'meeting']);
    expect(timeline[0]).toMatchObject({ pinned: true, authorName: manager.user.name });

    const page1 = (await manager.get(`/api/v1/activities?contactId=${contactId}&limit=2`)).json();
    const page2 = (await manager.get(`/api/v1/activities?contactId=${contactId}&limit=2&cursor=${page1.nextCursor}`)).json();
    expect([...page1.items, ...page2.items].map((a: { type: string }) => a.type)).toEqual(['note', 'call', 'meeting']);
    expect(page2.nextCursor).toBeNull();
  });

  it("shows a company's own entries and its people's on the company timeline", async () => {
    await admin.post('/api/v1/activities', { type: 'email', companyId, subject: 'Price list 2027', direction: 'outbound' });
    const types = (await admin.get(`/api/v1/activities?companyId=${companyId}`))
      .json()
      .items.map((a: { type: string }) => a.type);
    expect(types).toEqual(expect.arrayContaining(['email', 'note', 'call', 'meeting']));
  });

  it('lets only the author (or an admin) edit or delete an entry', async () => {
    const note = (await manager.post('/api/v1/activities', { type: 'note', contactId, body: 'first draft' })).json();
    expect((await support.patch(`/api/v1/activities/${note.id}`, { body: 'hijack' })).statusCode).toBe(403);
    const edited = await manager.patch(`/api/v1/activities/${note.id}`, { body: 'final', pinned: true });
    expect(edited.json()).toMatchObject({ body: 'final', pinned: true });
    expect((await manager.patch(`/api/v1/activities/${note.id}`, { outcome: 'ordered' })).statusCode).toBe(400);
    expect((await admin.delete(`/api/v1/activities/${note.id}`)).statusCode).toBe(204);
    expect((await admin.delete(`/api/v1/activities/${note.id}`)).statusCode).toBe(404);
  });

  it('tells colleagues mentioned in a note', async () => {
    await support.post('/api/v1/activities', { type: 'note', contactId, body: `@${manager.user.name} please call her back` });
    const inbox = (await manager.get('/api/v1/notifications')).json().items;
    expect(inbox[0]).toMatchObject({ kind: 'mention', entityType: 'contact', entityId: contactId });
    expect((await support.get('/api/v1/notifications')).json().items).toEqual([]);
  });

  it('refuses entries that make no sense', async () => {
    const cases = [
      [{ type: 'note', contactId, body: '  ' }, 'body'],
      [{ type: 'note', contactId, body: 'x', outcome: 'ordered' }, 'type'],
      [{ type: 'call' }, 'contactId'],
      [{ type: 'system', contactId, body: 'forged' }, 'type'],
      [{ type: 'call', contactId: '018f0000-0000-7000-8000-000000000000' }, 'contactId'],
    ] as const;
    for (const [body, path] of cases) {
      const res = await manager.post('/api/v1/activities', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await manager.get('/api/v1/activities')).statusCode).toBe(400);
  });
});

describe('companies', () => {
  it('lists, filters and renames companies; contacts are found by the new name', async () => {
    await admin.post('/api/v1/companies', { name: 'Adriatica Srl', type: 'partner', industry: 'shipping', tags: ['Italy'] });
    const list = (await manager.get('/api/v1/companies?type=partner')).json().items;
    expect(list.map((c: { name: string }) => c.name)).toEqual(['Adriatica Srl']);
    expect((await manager.get('/api/v1/companies?tag=italy')).json().items).toHaveLength(1);
    expect((await manager.get(`/api/v1/companies/${companyId}`)).json().contactCount).toBe(1);

    expect((await manager.patch(`/api/v1/companies/${companyId}`, { name: 'x' })).statusCode).toBe(403);
    expect((await admin.patch(`/api/v1/companies/${companyId}`, { name: 'Хліб Нова' })).json().name).toBe('Хліб Нова');
    const found = (await manager.get('/api/v1/contacts?q=khlib')).json().items;
    expect(found.map((c: { companyName: string }) => c.companyName)).toEqual(['Хліб Нова']);
    expect((await admin.post('/api/v1/companies', { name: 'Bad', industry: 'rocketry' })).statusCode).toBe(400);
  });

  it('keeps the people of a deleted company', async () => {
    const gone = (await admin.post('/api/v1/companies', { name: 'Short-lived LLC' })).json();
    const person = (await admin.post('/api/v1/contacts', { firstName: 'Survivor', companyId: gone.id })).json();
    expect((await admin.delete(`/api/v1/companies/${gone.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/contacts/${person.id}`)).json()).toMatchObject({ companyId: null, companyName: null });
  });
});
