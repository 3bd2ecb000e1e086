import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;
let other: Caller;
let marketer: Caller;
let pipeline: { id: string; stages: { id: string; name: string; probability: number; kind: string }[] };

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager', 'Mykola Manager');
  other = await userWithRole(t.app, admin, 'manager', 'Other Manager');
  marketer = await userWithRole(t.app, admin, 'marketer');
  // The very first deal creates the default pipeline on the way.
  expect((await manager.post('/api/v1/deals', { name: 'First ever' })).statusCode).toBe(201);
  pipeline = (await manager.get('/api/v1/pipelines')).json().items[0];
});
afterAll(() => t.close());

const stage = (name: string) => pipeline.stages.find((s) => s.name === name)?.id;

describe('pipelines', () => {
  it('starts with the stages of the source documents, editable by admins only', async () => {
    expect(pipeline.stages.map((s) => s.name)).toEqual([
      'Qualification',
      'Needs analysis',
      'Value proposition',
      'Id. decision makers',
      'Perception analysis',
      'Proposal/price quote',
      'Negotiation/review',
      'Closed won',
      'Closed lost',
    ]);
    const body = {
      name: 'Wholesale',
      stages: [
        { name: 'Offer', probability: 30 },
        { name: 'Won', probability: 100, kind: 'won' },
        { name: 'Lost', probability: 0, kind: 'lost' },
      ],
    };
    expect((await manager.post('/api/v1/pipelines', body)).statusCode).toBe(403);
    const created = await admin.post('/api/v1/pipelines', body);
    expect(created.statusCode).toBe(201);
    expect(
      (
        await admin.post('/api/v1/pipelines', {
          name: 'No end',
          stages: [
            { name: 'a', probability: 1 },
            { name: 'b', probability: 2 },
          ],
        })
      ).statusCode,
    ).toBe(400);
    expect((await admin.delete(`/api/v1/pipelines/${pipeline.id}`)).statusCode).toBe(409);
    expect((await admin.delete(`/api/v1/pipelines/${created.json().id}`)).statusCode).toBe(204);
  });
});

describe('deals', () => {
  it('computes the amount from line items exactly and tracks time in each stage', async () => {
    const product = (
      await admin.post('/api/v1/products', {
        sku: 'BREAD-1',
        name: 'Rye bread',
        price: '19.99',
        costPrice: '12.10',
        vatRate: '20',
      })
    ).json();
    expect(product).toMatchObject({ price: '19.99', costPrice: '12.10', vatRate: '20', currency: 'UAH', active: true });
    const contact = (await manager.post('/api/v1/contacts', { firstName: 'Oksana', lastName: 'Koval' })).json();
    const created = await manager.post('/api/v1/deals', {
      name: 'Bakery supply 2027',
      contactId: contact.id,
      expectedCloseDate: '2027-01-15',
      items: [
        { productId: product.id, quantity: '3' },
        { name: 'Delivery', price: '150', discount: '10' },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const deal = created.json();
    expect(deal).toMatchObject({
      amount: '194.97',
      currency: 'UAH',
      probability: 10,
      status: 'open',
      stageId: stage('Qualification'),
      contactName: 'Oksana Koval',
    });
    expect(deal.items.map((i: { total: string }) => i.total)).toEqual(['59.97', '135.00']);

    const moved = await manager.patch(`/api/v1/deals/${deal.id}`, { stageId: stage('Negotiation/review') });
    expect(moved.json()).toMatchObject({ probability: 90, status: 'open' });
    expect(moved.json().stageHistory.map((h: { stageName: string }) => h.stageName)).toEqual([
      'Qualification',
      'Negotiation/review',
    ]);
    expect(moved.json().stageHistory[0].leftAt).toBeTruthy();

    const won = await manager.patch(`/api/v1/deals/${deal.id}`, { stageId: stage('Closed won'), closeReason: 'Best price' });
    expect(won.json()).toMatchObject({ status: 'won', probability: 100, closeReason: 'Best price' });
    expect(won.json().closedAt).toBeTruthy();

    const timeline = (await manager.get(`/api/v1/activities?contactId=${contact.id}`))
      .json()
      .items.map((a: { body: string }) => a.body);
    expect(timeline[0]).toMatch(/Negotiation\/review → Closed won/);
    expect(timeline.at(-1)).toMatch(/Deal created: Bakery supply 2027 \(194.97 UAH, Qualification\)/);
  });

  it('shows a board with totals and weighted totals per stage, and a forecast by month', async () => {
    await manager.post('/api/v1/deals', {
      name: 'A',
      amount: '1000.10',
      stageId: stage('Value proposition'),
      expectedCloseDate: '2027-02-10',
    });
    await manager.post('/api/v1/deals', {
      name: 'B',
      amount: '500',
      stageId: stage('Value proposition'),
      expectedCloseDate: '2027-02-20',
      probability: 50,
    });
    await other.post('/api/v1/deals', {
      name: 'Not mine',
      amount: '99',
      stageId: stage('Value proposition'),
      expectedCloseDate: '2027-02-01',
    });
    const columns = (await manager.get('/api/v1/deals/board')).json().columns;
    const vp = columns.find((c: { stage: { name: string } }) => c.stage.name === 'Value proposition');
    expect(vp.count).toBe(2);
    expect(vp.totals).toEqual([{ currency: 'UAH', amount: '1500.10', weighted: '650.04' }]);
    expect(vp.deals.map((d: { name: string }) => d.name)).toEqual(['B', 'A']);
    const adminView = (await admin.get('/api/v1/deals/board'))
      .json()
      .columns.find((c: { stage: { name: string } }) => c.stage.name === 'Value proposition');
    expect(adminView.count).toBe(3);

    const forecast = (await manager.get('/api/v1/deals/forecast?from=2027-01-01&to=2027-12-31')).json().months;
    expect(forecast).toEqual([{ month: '2027-02', currency: 'UAH', count: 2, amount: '1500.10', weighted: '650.04' }]);
  });

  it('continues a board column page by page through the deal list, and a search narrows its totals too', async () => {
    const perception = stage('Perception analysis');
    for (const [name, amount] of [
      ['Paged 1', '10'],
      ['Paged 2', '20'],
      ['Paged 3', '30'],
      ['Paged 4', '40'],
      ['Zebra paged', '50'],
    ])
      expect((await manager.post('/api/v1/deals', { name, amount, stageId: perception })).statusCode).toBe(201);
    const columnOf = async (query: string) =>
      (await manager.get(`/api/v1/deals/board?pipelineId=${pipeline.id}&${query}`))
        .json()
        .columns.find((c: { stage: { id: string } }) => c.stage.id === perception);

    const first = await columnOf('perStage=2');
    expect(first.count).toBe(5);
    expect(first.totals).toEqual([{ currency: 'UAH', amount: '150.00', weighted: '105.00' }]);
    const names: string[] = first.deals.map((d: { name: string }) => d.name);
    let cursor: string | null = first.nextCursor;
    let pages = 0;
    while (cursor) {
      const page = (
        await manager.get(
          `/api/v1/deals?pipelineId=${pipeline.id}&stageId=${perception}&sort=-updatedAt&limit=2&cursor=${encodeURIComponent(cursor)}`,
        )
      ).json();
      names.push(...page.items.map((d: { name: string }) => d.name));
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(2);
    expect(names).toEqual(['Zebra paged', 'Paged 4', 'Paged 3', 'Paged 2', 'Paged 1']);

    const searched = await columnOf('q=zebra');
    expect(searched.count).toBe(1);
    expect(searched.totals).toEqual([{ currency: 'UAH', amount: '50.00', weighted: '35.00' }]);
    expect(searched.deals.map((d: { name: string }) => d.name)).toEqual(['Zebra paged']);
    expect(searched.nextCursor).toBeNull();
  });

  it('keeps managers to their own deals and refuses what makes no sense', async () => {
    const theirs = (await other.post('/api/v1/deals', { name: 'Theirs' })).json();
    expect((await manager.get(`/api/v1/deals/${theirs.id}`)).statusCode).toBe(404);
    expect((await manager.patch(`/api/v1/deals/${theirs.id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await marketer.post('/api/v1/deals', { name: 'x' })).statusCode).toBe(403);
    expect((await manager.post('/api/v1/deals', { name: 'x', ownerId: other.user.id })).statusCode).toBe(403);
    await admin.patch(`/api/v1/deals/${theirs.id}`, { ownerId: manager.user.id });
    expect((await manager.get('/api/v1/notifications')).json().items).toEqual([
      expect.objectContaining({ kind: 'record_assigned', title: 'Deal assigned to you: Theirs', entityId: theirs.id }),
    ]);
    // Handed to the other manager, so the leads board below still shows only the manager's own.
    const lead = (await manager.post('/api/v1/leads', { name: 'Handed Lead' })).json();
    await admin.patch(`/api/v1/leads/${lead.id}`, { ownerId: other.user.id });
    expect((await other.get('/api/v1/notifications')).json().items).toEqual([
      expect.objectContaining({ kind: 'lead_assigned', title: 'Lead assigned to you: Handed Lead', entityId: lead.id }),
    ]);
    const bad = [
      [{ name: 'x', amount: '12.345' }, 'amount'],
      [{ name: 'x', amount: '1e5' }, 'amount'],
      [{ name: 'x', stageId: '018f0000-0000-7000-8000-000000000000' }, 'stageId'],
      [{ name: 'x', items: [{ name: 'no price' }] }, 'items.0'],
      [{ name: 'x', items: [{ name: 'too generous', price: '10', discount: '150' }] }, 'items.0.discount'],
      [{ name: 'x', currency: 'hryvnia' }, 'currency'],
    ] as const;
    for (const [body, path] of bad) {
      const res = await manager.post('/api/v1/deals', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });
});

describe('leads', () => {
  it('puts leads in the Overdue / In progress / New columns and converts one into a customer with a deal', async () => {
    const past = new Date(Date.now() - 3600_000).toISOString();
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const late = (
      await manager.post('/api/v1/leads', {
        name: 'Petro Late',
        status: 'in_progress',
        nextActionAt: past,
        source: 'call',
        rating: 'A',
      })
    ).json();
    expect(late.overdue).toBe(true);
    await manager.post('/api/v1/leads', { name: 'Nadia Busy', status: 'in_progress', nextActionAt: future });
    const fresh = (
      await manager.post('/api/v1/leads', {
        name: 'Ірина Нова',
        phone: '067 123 45 67',
        email: 'Iryna@Example.com',
        companyName: 'Квіти Київ',
        interest: 'Wedding flowers',
        source: 'website',
      })
    ).json();
    expect(fresh).toMatchObject({ phone: '+380671234567', email: 'iryna@example.com', status: 'new', overdue: false });
    const board = (await manager.get('/api/v1/leads/board')).json().columns;
    expect(board.map((c: { column: string; count: number }) => `${c.column}:${c.count}`)).toEqual([
      'overdue:1',
      'in_progress:1',
      'new:1',
    ]);

    const converted = await manager.post(`/api/v1/leads/${fresh.id}/convert`, { createDeal: true });
    expect(converted.statusCode, converted.body).toBe(200);
    const { contactId, companyId, dealId } = converted.json();
    const contact = (await manager.get(`/api/v1/contacts/${contactId}`)).json();
    expect(contact).toMatchObject({
      firstName: 'Ірина',
      lastName: 'Нова',
      companyName: 'Квіти Київ',
      phones: [{ value: '+380671234567' }],
    });
    expect((await manager.get(`/api/v1/deals/${dealId}`)).json()).toMatchObject({
      name: 'Wedding flowers',
      contactId,
      companyId,
    });
    expect((await manager.get(`/api/v1/leads/${fresh.id}`)).json()).toMatchObject({ status: 'converted', contactId, dealId });
    expect((await manager.post(`/api/v1/leads/${fresh.id}/convert`, {})).statusCode).toBe(409);

    // A second lead with the same phone joins the existing contact instead of duplicating it.
    const again = (await manager.post('/api/v1/leads', { name: 'Iryna N.', phone: '+380 67 123 4567' })).json();
    expect((await manager.post(`/api/v1/leads/${again.id}/convert`, {})).json().contactId).toBe(contactId);
    const timeline = (await manager.get(`/api/v1/activities?contactId=${contactId}`))
      .json()
      .items.map((a: { body: string }) => a.body);
    expect(timeline.some((b: string) => /Converted from lead Ірина Нова — asked for: Wedding flowers/.test(b))).toBe(true);
  });

  it('refuses bad leads', async () => {
    expect((await manager.post('/api/v1/leads', { name: 'X', phone: '12345' })).json().errors[0].path).toBe('phone');
    expect((await manager.post('/api/v1/leads', { name: 'X', rating: 'D' })).statusCode).toBe(400);
    expect((await manager.post('/api/v1/leads', { name: 'X', status: 'converted' })).statusCode).toBe(400);
    expect((await marketer.get('/api/v1/leads')).statusCode).toBe(403);
  });
});
