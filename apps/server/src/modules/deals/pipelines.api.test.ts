import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
});
afterAll(() => t.close());

describe('the first pipeline of an installation', () => {
  it('created through the API keeps the default Sales pipeline next to it', async () => {
    const created = await admin.post('/api/v1/pipelines', {
      name: 'Wholesale',
      stages: [
        { name: 'New', probability: 10, kind: 'open' },
        { name: 'Won', probability: 100, kind: 'won' },
        { name: 'Lost', probability: 0, kind: 'lost' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const items = (await admin.get('/api/v1/pipelines')).json().items as { id: string; name: string; isDefault: boolean }[];
    expect(items.map((p) => [p.name, p.isDefault])).toEqual([
      ['Sales', true],
      ['Wholesale', false],
    ]);
    // A deal with no pipeline named lands on the default one.
    const deal = await admin.post('/api/v1/deals', { name: 'Tiles for Lviv' });
    expect(deal.json().pipelineId).toBe(items[0]?.id);
  });
});
