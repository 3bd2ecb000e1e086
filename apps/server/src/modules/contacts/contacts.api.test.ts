import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';
import { BULK_BATCH } from './contacts.bulk.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;
let marketer: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager', 'Mykola Manager');
  marketer = await userWithRole(t.app, admin, 'marketer', 'Maria Marketer');
});
afterAll(() => t.close());

async function create(caller: Caller, body: object) {
  const res = await caller.post('/api/v1/contacts', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const names = (res: { json: () => { items: { firstName: string }[] } }) => res.json().items.map((c) => c.firstName);
/** The caller's "assigned to you" notifications, newest first. */
const assignedNotes = async (caller: Caller) =>
  (await caller.get('/api/v1/notifications')).json().items.filter((n: { kind: string }) => n.kind === 'record_assigned');

describe('contacts', () => {
  it('stores phones as E.164 in the default region and emails in lower case', async () => {
    const ivan = await create(manager, {
      firstName: 'Іван',
      lastName: 'Петренко',
      phones: [{ value: '099 152 44 82', label: 'mobile' }, { value: '+380 (99) 152-44-82' }],
      emails: [{ value: 'Ivan.Petrenko@Ukr.net', label: 'work' }],
      tags: ['Wholesale', 'new'],
      emailConsent: true,
    });
    expect(ivan.phones).toEqual([{ value: '+380991524482', label: 'mobile' }]);
    expect(ivan.emails).toEqual([{ value: 'ivan.petrenko@ukr.net', label: 'work' }]);
    expect(ivan.tags).toEqual(['wholesale', 'new']);
    expect(ivan.ownerId).toBe(manager.user.id);
    expect(ivan.emailConsentAt).toBeTruthy();
    expect(ivan.smsConsentAt).toBeNull();

    const bad = await manager.post('/api/v1/contacts', {
      firstName: 'X',
      phones: [{ value: '067 555 00 00' }, { value: '+380 99 000' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'phones.1.value', message: '"+380 99 000" is not a valid phone number' }]);
    expect((await manager.post('/api/v1/contacts', { position: 'CEO' })).json().errors[0].path).toBe('firstName');
  });

  it('finds contacts by any typed phone format or fragment, the beginning of a name in either alphabet, company, email, tag and note', async () => {
    const company = (await admin.post('/api/v1/companies', { name: 'Рошен Трейд' })).json();
    await create(manager, {
      firstName: 'Олена',
      lastName: 'Коваль',
      companyId: company.id,
      phones: [{ value: '067 555 12 34' }],
      emails: [{ value: 'olena.koval@gmail.com' }],
      preferences: { notes: 'prefers morning calls' },
    });
    await create(manager, { firstName: 'Giulia', lastName: 'Rossi', phones: [{ value: '+39 06 1234 5678' }] });
    const search = async (q: string) => names(await admin.get(`/api/v1/contacts?q=${encodeURIComponent(q)}`));
    expect(await search('0991524482')).toEqual(['Іван']);
    expect(await search('+380 99 152 44 82')).toEqual(['Іван']);
    expect(await search('99-152')).toEqual(['Іван']);
    expect(await search('petrenko')).toEqual(['Іван']);
    expect(await search('Петрен')).toEqual(['Іван']);
    expect(await search('іван петренко')).toEqual(['Іван']);
    expect(await search('рошен')).toEqual(['Олена']);
    expect(await search('koval@gmail')).toEqual(['Олена']);
    expect(await search('morning')).toEqual(['Олена']);
    expect(await search('wholesale')).toEqual(['Іван']);
    expect(await search('ROSSI')).toEqual(['Giulia']);
    expect(await search('06 1234')).toEqual(['Giulia']);
    expect(await search('ол')).toEqual(['Олена']);
    // Words are found by their beginning on both engines, not from the middle.
    expect(await search('етренко')).toEqual([]);
    expect(await search('nobody-like-this')).toEqual([]);
    expect(await search('50%_')).toEqual([]);
  });

  it('filters, sorts and pages with keyset cursors without gaps or repeats', async () => {
    for (let i = 0; i < 12; i++)
      await create(admin, { firstName: `Page${String(i).padStart(2, '0')}`, lastName: 'Zeta', tags: ['paged'] });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await admin.get(`/api/v1/contacts?tag=paged&sort=-name&limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      seen.push(...names(res));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `Page${String(11 - i).padStart(2, '0')}`));

    // lastContactedAt is empty for most: nulls come last when descending, and paging still sees every row once.
    const all: string[] = [];
    cursor = null;
    do {
      const res = await admin.get(`/api/v1/contacts?sort=-lastContactedAt&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...res.json().items.map((c: { id: string }) => c.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    const count = (await admin.get('/api/v1/contacts/count')).json().count;
    expect(new Set(all).size).toBe(count);
    expect(all.length).toBe(count);

    // By last name: Rossi, Коваль, Петренко (Latin letters sort before Cyrillic).
    expect(names(await admin.get(`/api/v1/contacts?ownerId=${manager.user.id}&sort=name`))).toEqual(['Giulia', 'Олена', 'Іван']);
    expect((await admin.get('/api/v1/contacts/count?tag=paged')).json()).toEqual({ count: 12 });
    expect((await admin.get('/api/v1/contacts?createdFrom=2999-01-01T00:00:00Z')).json().items).toEqual([]);
    expect((await admin.get('/api/v1/contacts?cursor=garbage')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/contacts?sort=shoeSize')).statusCode).toBe(400);
  });

  it('lets a manager read everyone but change only their own; only admins assign to others', async () => {
    const mine = await create(manager, { firstName: 'Own' });
    const theirs = await create(admin, { firstName: 'Theirs' });
    expect((await manager.get(`/api/v1/contacts/${theirs.id}`)).statusCode).toBe(200);
    expect((await manager.patch(`/api/v1/contacts/${theirs.id}`, { position: 'x' })).statusCode).toBe(403);
    expect((await manager.patch(`/api/v1/contacts/${mine.id}`, { position: 'Buyer' })).json().position).toBe('Buyer');
    expect((await manager.patch(`/api/v1/contacts/${mine.id}`, { ownerId: admin.user.id })).statusCode).toBe(403);
    expect((await admin.patch(`/api/v1/contacts/${mine.id}`, { ownerId: marketer.user.id })).json().ownerId).toBe(
      marketer.user.id,
    );
    expect((await marketer.get(`/api/v1/contacts/${mine.id}`)).statusCode).toBe(200);
    expect(await assignedNotes(marketer)).toEqual([
      expect.objectContaining({ title: 'Contact assigned to you: Own', entityType: 'contact', entityId: mine.id }),
    ]);
    const co = (await admin.post('/api/v1/companies', { name: 'Assigned Co' })).json();
    await admin.patch(`/api/v1/companies/${co.id}`, { ownerId: marketer.user.id });
    expect((await assignedNotes(marketer))[0]).toMatchObject({ title: 'Company assigned to you: Assigned Co', entityId: co.id });
    // Taking a record yourself is no news.
    await admin.patch(`/api/v1/companies/${co.id}`, { ownerId: admin.user.id });
    expect(await assignedNotes(admin)).toEqual([]);
    expect((await marketer.post('/api/v1/contacts', { firstName: 'Nope' })).statusCode).toBe(403);
    expect((await admin.delete(`/api/v1/contacts/${mine.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/contacts/${mine.id}`)).statusCode).toBe(404);
    const audit = (await admin.get(`/api/v1/audit-log?entityId=${mine.id}`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
  });

  it('runs bulk actions on a selection or on everything matching a filter', async () => {
    const a = await create(admin, { firstName: 'BulkA', tags: ['batch'] });
    const b = await create(admin, { firstName: 'BulkB', tags: ['batch'] });
    expect((await admin.post('/api/v1/contacts/bulk', { action: 'tag', ids: [a.id], tag: 'VIP' })).json()).toEqual({
      affected: 1,
    });
    expect(names(await admin.get('/api/v1/contacts?q=vip'))).toEqual(['BulkA']);
    expect(
      (
        await admin.post('/api/v1/contacts/bulk', { action: 'assign', filter: { tag: 'batch' }, ownerId: manager.user.id })
      ).json(),
    ).toEqual({
      affected: 2,
    });
    expect((await admin.get(`/api/v1/contacts/${b.id}`)).json().ownerId).toBe(manager.user.id);
    expect((await assignedNotes(manager)).map((n: { title: string }) => n.title)).toEqual(['2 contacts assigned to you']);
    expect(
      (await manager.post('/api/v1/contacts/bulk', { action: 'untag', filter: { tag: 'batch' }, tag: 'batch' })).json(),
    ).toEqual({
      affected: 2,
    });
    const unconfirmed = await admin.post('/api/v1/contacts/bulk', { action: 'delete', ids: [a.id, b.id] });
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.json().errors[0].path).toBe('confirm');
    expect((await admin.post('/api/v1/contacts/bulk', { action: 'delete', ids: [a.id, b.id], confirm: true })).json()).toEqual({
      affected: 2,
    });
    const audit = (await admin.get('/api/v1/audit-log?action=bulk_delete')).json().items;
    expect(audit[0].changes.delete[1].count).toBe(2);
  });

  it('does a bulk action larger than a batch in batches, each audited', async () => {
    const many = BULK_BATCH + 5;
    for (let i = 0; i < many; i += 50)
      await Promise.all(
        Array.from({ length: Math.min(50, many - i) }, (_, k) => create(admin, { firstName: `Wave${i + k}`, tags: ['wave'] })),
      );
    const res = await admin.post('/api/v1/contacts/bulk', { action: 'tag', filter: { tag: 'wave' }, tag: 'surf' });
    expect(res.json()).toEqual({ affected: many });
    expect((await admin.get('/api/v1/contacts/count?tag=surf')).json()).toEqual({ count: many });
    expect((await admin.get('/api/v1/contacts?q=surf&limit=1')).json().items).toHaveLength(1);
    const audit = (await admin.get('/api/v1/audit-log?action=bulk_update&limit=10')).json().items;
    const entries = audit.filter((e: { changes: { tag?: [null, { tag: string }] } }) => e.changes.tag?.[1].tag === 'surf');
    const counts = entries.map((e: { changes: { tag: [null, { count: number }] } }) => e.changes.tag[1].count);
    expect(counts.sort((x: number, y: number) => x - y)).toEqual([5, BULK_BATCH]);
  });

  it('lists likely duplicates and merges them, keeping every timeline entry', async () => {
    const first = await create(admin, { firstName: 'Taras', lastName: 'Bondar', phones: [{ value: '+380631112233' }] });
    const second = await create(admin, {
      firstName: 'Тарас',
      lastName: 'Бондар',
      phones: [{ value: '063 111 22 33' }],
      emails: [{ value: 'taras@bondar.ua' }],
      position: 'Owner',
    });
    await admin.post('/api/v1/activities', {
      type: 'call',
      contactId: second.id,
      direction: 'inbound',
      durationSec: 60,
      outcome: 'callback',
    });
    const groups = (await admin.get('/api/v1/contacts/duplicates')).json().items;
    const byPhone = groups.find((g: { reason: string; value: string }) => g.reason === 'phone' && g.value === '+380631112233');
    expect(byPhone.contacts.map((c: { id: string }) => c.id).sort()).toEqual([first.id, second.id].sort());

    const merged = await admin.post('/api/v1/contacts/merge', { primaryId: first.id, duplicateIds: [second.id] });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ firstName: 'Taras', position: 'Owner', emails: [{ value: 'taras@bondar.ua' }] });
    expect(merged.json().lastContactedAt).toBeTruthy();
    expect((await admin.get(`/api/v1/contacts/${second.id}`)).statusCode).toBe(404);
    const timeline = (await admin.get(`/api/v1/activities?contactId=${first.id}`)).json().items;
    expect(timeline.map((a: { type: string }) => a.type)).toEqual(['system', 'call']);
    expect((await admin.post('/api/v1/contacts/merge', { primaryId: first.id, duplicateIds: [first.id] })).statusCode).toBe(400);
  });
});

describe('custom fields and saved views', () => {
  it('validates custom values against their definition and filters by them', async () => {
    const field = await admin.post('/api/v1/custom-fields', {
      entity: 'contact',
      key: 'loyalty',
      label: 'Loyalty',
      type: 'select',
      options: ['gold', 'silver'],
    });
    expect(field.statusCode).toBe(201);
    expect(
      (await manager.post('/api/v1/custom-fields', { entity: 'contact', key: 'x', label: 'X', type: 'text' })).statusCode,
    ).toBe(403);
    const bad = await manager.post('/api/v1/contacts', { firstName: 'Custom', customFields: { loyalty: 'bronze', shoe: 42 } });
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['customFields.loyalty', 'customFields.shoe']);
    await create(manager, { firstName: 'Goldie', customFields: { loyalty: 'gold' } });
    expect(names(await manager.get('/api/v1/contacts?custom=loyalty:gold'))).toEqual(['Goldie']);
  });

  it('keeps private views private and lets everyone use shared ones', async () => {
    const mine = (
      await manager.post('/api/v1/saved-views', {
        entity: 'contacts',
        name: 'My VIPs',
        filters: { tag: 'vip' },
        columns: ['name', 'phone'],
      })
    ).json();
    const shared = (
      await manager.post('/api/v1/saved-views', {
        entity: 'contacts',
        name: 'Wholesale',
        filters: { tag: 'wholesale' },
        shared: true,
      })
    ).json();
    const seen = (await marketer.get('/api/v1/saved-views?entity=contacts')).json().items.map((v: { name: string }) => v.name);
    expect(seen).toEqual(['Wholesale']);
    expect((await marketer.patch(`/api/v1/saved-views/${shared.id}`, { name: 'Mine now' })).statusCode).toBe(403);
    expect((await marketer.delete(`/api/v1/saved-views/${mine.id}`)).statusCode).toBe(404);
    expect((await manager.patch(`/api/v1/saved-views/${mine.id}`, { sort: '-createdAt' })).json().sort).toBe('-createdAt');
  });
});

describe('settings and quick search', () => {
  it('reads phones in the region an admin sets', async () => {
    expect((await manager.patch('/api/v1/settings', { defaultPhoneRegion: 'it' })).statusCode).toBe(403);
    expect((await admin.patch('/api/v1/settings', { defaultPhoneRegion: 'it' })).json().defaultPhoneRegion).toBe('IT');
    expect((await create(admin, { firstName: 'Marco', phones: [{ value: '06 1234 5679' }] })).phones[0].value).toBe(
      '+390612345679',
    );
    await admin.patch('/api/v1/settings', { defaultPhoneRegion: 'UA' });
  });

  it('answers the header search with contacts and companies', async () => {
    const items = (await manager.get('/api/v1/search?q=рошен')).json().items;
    expect(items.map((i: { type: string; title: string }) => `${i.type}:${i.title}`)).toEqual([
      'contact:Олена Коваль',
      'company:Рошен Трейд',
    ]);
  });
});

describe('ownership handover', () => {
  it('refuses to delete a user who owns records, and hands them over in one action', async () => {
    const leaving = await userWithRole(t.app, admin, 'manager', 'Leaving Manager');
    await create(leaving, { firstName: 'Handed' });
    await leaving.post('/api/v1/companies', { name: 'Handed Co' });
    await admin.patch(`/api/v1/users/${leaving.user.id}`, { status: 'deactivated' });
    const refused = await admin.delete(`/api/v1/users/${leaving.user.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/1 contacts, 1 companies/);
    const moved = await admin.post(`/api/v1/users/${leaving.user.id}/handover`, { toUserId: manager.user.id });
    expect(moved.json()).toEqual({ moved: { contacts: 1, companies: 1, leads: 0, deals: 0, orders: 0 } });
    expect(names(await admin.get(`/api/v1/contacts?q=handed&ownerId=${manager.user.id}`))).toEqual(['Handed']);
    expect((await assignedNotes(manager))[0]).toMatchObject({
      title: '2 records assigned to you',
      body: '1 contact, 1 company',
    });
    expect((await admin.delete(`/api/v1/users/${leaving.user.id}`)).statusCode).toBe(204);
  });
});
