import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  const fields = [
    { key: 'tier', label: 'Tier', type: 'select', options: ['gold', 'silver', 'bronze'] },
    { key: 'vip', label: 'VIP', type: 'checkbox' },
    { key: 'shoe', label: 'Shoe size', type: 'number' },
    { key: 'since', label: 'Client since', type: 'date' },
    { key: 'note', label: 'Note', type: 'text' },
  ];
  for (const f of fields) expect((await admin.post('/api/v1/custom-fields', { entity: 'contact', ...f })).statusCode).toBe(201);
  const contacts = [
    { firstName: 'Anna', customFields: { tier: 'gold', vip: true, shoe: 37, since: '2019-05-01', note: 'Prefers Viber' } },
    {
      firstName: 'Bohdan',
      customFields: { tier: 'silver', vip: false, shoe: 44.5, since: '2023-11-20', note: 'Call after 6pm' },
    },
    { firstName: 'Chiara', customFields: { tier: 'gold', shoe: 39, since: '2024-02-29', note: '50% discount_ok' } },
    { firstName: 'Dmytro', customFields: {} },
  ];
  for (const c of contacts) expect((await admin.post('/api/v1/contacts', c)).statusCode).toBe(201);
});
afterAll(() => t.close());

/** The first names the list answers for these `custom` filters, in name order. */
async function matching(...filters: string[]): Promise<string[]> {
  const query = filters.map((f) => `custom=${encodeURIComponent(f)}`).join('&');
  const res = await admin.get(`/api/v1/contacts?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const count = await admin.get(`/api/v1/contacts/count?${query}`);
  const names = res.json().items.map((c: { firstName: string }) => c.firstName);
  expect(count.json().count).toBe(names.length);
  return names;
}

describe('custom-field filters on the contact list', () => {
  it('matches a select option and a ticked or unticked checkbox', async () => {
    expect(await matching('tier:gold')).toEqual(['Anna', 'Chiara']);
    expect(await matching('vip:true')).toEqual(['Anna']);
    // "Not ticked" includes contacts on which nobody ever ticked it.
    expect(await matching('vip!:true')).toEqual(['Bohdan', 'Chiara', 'Dmytro']);
    expect(await matching('tier:gold', 'vip!:true')).toEqual(['Chiara']);
  });

  it('finds text by equality or by a part of it, in any case, with LIKE wildcards taken literally', async () => {
    expect(await matching('note:Prefers Viber')).toEqual(['Anna']);
    expect(await matching('note~VIBER')).toEqual(['Anna']);
    expect(await matching('note~after')).toEqual(['Bohdan']);
    expect(await matching('note~%')).toEqual(['Chiara']);
    expect(await matching('note~Call_after')).toEqual([]);
    expect(await matching('note~NT_OK')).toEqual(['Chiara']);
  });

  it('filters numbers and dates by ranges, bounds included', async () => {
    expect(await matching('shoe>=39')).toEqual(['Bohdan', 'Chiara']);
    expect(await matching('shoe<=39')).toEqual(['Anna', 'Chiara']);
    expect(await matching('shoe>=38', 'shoe<=44.5')).toEqual(['Bohdan', 'Chiara']);
    expect(await matching('shoe:44.5')).toEqual(['Bohdan']);
    expect(await matching('since>=2023-01-01')).toEqual(['Bohdan', 'Chiara']);
    expect(await matching('since>=2019-05-01', 'since<=2023-11-20')).toEqual(['Anna', 'Bohdan']);
    // A number bound never matches text, nor a date bound a number: no errors, no surprises.
    expect(await matching('note>=1')).toEqual([]);
    expect(await matching('shoe>=2020-01-01')).toEqual([]);
  });

  it('refuses a filter it cannot read instead of ignoring it', async () => {
    for (const bad of ['tier', 'Tier:gold', 'tier:', 'tier=gold']) {
      const res = await admin.get(`/api/v1/contacts?custom=${encodeURIComponent(bad)}`);
      expect(res.statusCode, bad).toBe(400);
    }
  });

  it('applies the same filters to bulk actions and exports', async () => {
    const bulk = await admin.post('/api/v1/contacts/bulk', { action: 'tag', tag: 'golden', filter: { custom: 'tier:gold' } });
    expect(bulk.json()).toEqual({ affected: 2 });
    const csv = await admin.get(`/api/v1/exports/contacts?format=csv&custom=${encodeURIComponent('shoe>=44')}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Bohdan');
    expect(csv.body).not.toContain('Anna');
  });
});
