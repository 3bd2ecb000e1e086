import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;
let support: Caller;
let contactId: string;
let bread: { id: string };
let cake: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager');
  support = await userWithRole(t.app, admin, 'support');
  contactId = (
    await manager.post('/api/v1/contacts', { firstName: 'Oksana', lastName: 'Koval', phones: [{ value: '067 555 12 34' }] })
  ).json().id;
  bread = (
    await admin.post('/api/v1/products', { sku: 'BREAD', name: 'Rye bread', price: '19.99', costPrice: '12.10', vatRate: '20' })
  ).json();
  cake = (
    await admin.post('/api/v1/products', { sku: 'CAKE', name: 'Kyiv cake', price: '450', costPrice: '300', vatRate: '7' })
  ).json();
});
afterAll(() => t.close());

describe('orders', () => {
  it('numbers orders in sequence and computes totals, VAT and gross profit from the lines', async () => {
    const res = await manager.post('/api/v1/orders', {
      contactId,
      items: [
        { productId: bread.id, quantity: '3' },
        { productId: cake.id, quantity: '1', discount: '10' },
      ],
      paymentMethod: 'cash_on_delivery',
      source: 'phone',
      deliveryMethod: 'Nova Poshta',
      deliveryAddress: 'Kyiv, branch 12',
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    const year = new Date().getUTCFullYear();
    expect(order).toMatchObject({
      number: `SO-${year}-00001`,
      subtotal: '464.97',
      vat: '40.34',
      total: '505.31',
      paid: '0.00',
      due: '505.31',
      grossProfit: '128.67',
      paymentStatus: 'unpaid',
      status: 'new',
      contactName: 'Oksana Koval',
      contactPhone: '+380675551234',
    });
    expect(order.items.map((i: { net: string; vat: string }) => [i.net, i.vat])).toEqual([
      ['59.97', '11.99'],
      ['405.00', '28.35'],
    ]);
    const second = (await manager.post('/api/v1/orders', { contactId, items: [{ name: 'Delivery', price: '80' }] })).json();
    expect(second.number).toBe(`SO-${year}-00002`);
    expect(second.vat).toBe('0.00');
  });

  it('records payments and refunds and derives the payment status and customer debt', async () => {
    const order = (await manager.post('/api/v1/orders', { contactId, items: [{ productId: cake.id, quantity: '2' }] })).json();
    expect(order.total).toBe('963.00');
    const partly = await manager.post(`/api/v1/orders/${order.id}/payments`, { amount: '500', method: 'card' });
    expect(partly.json()).toMatchObject({ paid: '500.00', due: '463.00', paymentStatus: 'partly_paid' });
    expect((await manager.post(`/api/v1/orders/${order.id}/payments`, { amount: '463.00' })).json().paymentStatus).toBe('paid');
    expect((await manager.post(`/api/v1/orders/${order.id}/payments`, { amount: '-2000' })).statusCode).toBe(400);
    const refunded = await manager.post(`/api/v1/orders/${order.id}/payments`, { amount: '-963', note: 'Returned' });
    expect(refunded.json()).toMatchObject({ paid: '0.00', paymentStatus: 'refunded' });
    expect(refunded.json().payments).toHaveLength(3);

    const summary = (await manager.get(`/api/v1/orders/summary?contactId=${contactId}`)).json().items;
    expect(summary).toEqual([
      { currency: 'UAH', orders: 3, revenue: '1548.31', paid: '0.00', debt: '1548.31', grossProfit: '508.67' },
    ]);
  });

  it('lists the orders table with filters, changes status in bulk and writes to the timeline', async () => {
    const list = (await manager.get('/api/v1/orders?sort=number')).json().items;
    expect(list.map((o: { number: string }) => o.number.slice(-2))).toEqual(['01', '02', '03']);
    expect((await manager.get('/api/v1/orders?q=067 555')).json().items).toHaveLength(3);
    expect((await manager.get(`/api/v1/orders?q=${list[0].number.toLowerCase()}`)).json().items).toHaveLength(1);
    expect((await manager.get('/api/v1/orders?paymentStatus=refunded')).json().items).toHaveLength(1);
    const bulk = await manager.post('/api/v1/orders/bulk-status', {
      ids: list.map((o: { id: string }) => o.id),
      status: 'shipped',
    });
    expect(bulk.json()).toEqual({ affected: 3 });
    expect((await manager.post('/api/v1/orders/bulk-status', { ids: [list[0].id], status: 'lost_in_space' })).statusCode).toBe(
      400,
    );
    const changed = await manager.patch(`/api/v1/orders/${list[0].id}`, {
      status: 'completed',
      trackingNumber: '20450000000000',
    });
    expect(changed.json()).toMatchObject({ status: 'completed', trackingNumber: '20450000000000' });
    const colleague = await userWithRole(t.app, admin, 'manager');
    await admin.patch(`/api/v1/orders/${list[0].id}`, { ownerId: colleague.user.id });
    expect((await colleague.get('/api/v1/notifications')).json().items).toEqual([
      expect.objectContaining({
        kind: 'record_assigned',
        title: `Order assigned to you: ${list[0].number}`,
        entityId: list[0].id,
      }),
    ]);
    const timeline = (await manager.get(`/api/v1/activities?contactId=${contactId}`))
      .json()
      .items.map((a: { body: string }) => a.body);
    expect(timeline[0]).toMatch(/: new → completed|: shipped → completed/);
    expect(timeline.some((b: string) => /Order SO-\d{4}-00001 created: 505.31 UAH/.test(b))).toBe(true);
  });

  it('lets admins edit the statuses but not drop one that orders use', async () => {
    const body = {
      statuses: [
        { key: 'new', label: 'Нове' },
        { key: 'shipped', label: 'Відправлено' },
        { key: 'completed', label: 'Виконано', closed: true },
      ],
    };
    expect((await manager.put('/api/v1/orders/statuses', body)).statusCode).toBe(403);
    expect((await admin.put('/api/v1/orders/statuses', { statuses: [{ key: 'new', label: 'New' }] })).statusCode).toBe(409);
    const updated = await admin.put('/api/v1/orders/statuses', {
      statuses: [...body.statuses, { key: 'cancelled', label: 'Скасовано', closed: true }],
    });
    expect(updated.json().items.map((s: { label: string }) => s.label)).toEqual(['Нове', 'Відправлено', 'Виконано', 'Скасовано']);
  });

  it('keeps support to reading orders and refuses bad ones', async () => {
    expect((await support.get('/api/v1/orders')).json().items.length).toBeGreaterThan(0);
    expect((await support.post('/api/v1/orders', { contactId, items: [{ name: 'x', price: '1' }] })).statusCode).toBe(403);
    const bad = [
      [{ items: [{ name: 'x', price: '1' }] }, 'contactId'],
      [{ contactId, items: [] }, 'items'],
      [{ contactId, items: [{ productId: bread.id, quantity: '0' }] }, 'items.0.quantity'],
      [{ contactId, items: [{ name: 'x', price: '1.999' }] }, 'items.0.price'],
      [{ contactId, items: [{ name: 'x', price: '1' }], paymentMethod: 'barter' }, 'paymentMethod'],
    ] as const;
    for (const [body, path] of bad) {
      const res = await manager.post('/api/v1/orders', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('refuses an edit made on a stale copy with 409 and lets exactly one of two racing edits through', async () => {
    const order = (await manager.post('/api/v1/orders', { contactId, items: [{ productId: bread.id, quantity: '1' }] })).json();
    const first = await manager.patch(`/api/v1/orders/${order.id}`, {
      updatedAt: order.updatedAt,
      items: [{ productId: bread.id, quantity: '2' }],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().updatedAt).not.toBe(order.updatedAt);
    // A colleague still looking at the first version.
    const stale = await admin.patch(`/api/v1/orders/${order.id}`, {
      updatedAt: order.updatedAt,
      items: [{ productId: cake.id, quantity: '5' }],
    });
    expect(stale.statusCode).toBe(409);
    const now = (await manager.get(`/api/v1/orders/${order.id}`)).json();
    expect(now.items.map((i: { quantity: string }) => i.quantity)).toEqual(['2']);
    expect(now.subtotal).toBe(first.json().subtotal);

    const race = await Promise.all(
      ['3', '4'].map((quantity) =>
        manager.patch(`/api/v1/orders/${order.id}`, {
          updatedAt: now.updatedAt,
          items: [{ productId: bread.id, quantity }],
        }),
      ),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = race.find((r) => r.statusCode === 200)?.json();
    expect((await manager.get(`/api/v1/orders/${order.id}`)).json().items[0].quantity).toBe(winner.items[0].quantity);
    // Without a version the last write wins, as before.
    expect((await manager.patch(`/api/v1/orders/${order.id}`, { note: 'Call before delivery' })).statusCode).toBe(200);
  });

  it('keeps money exact: 10,000 random line items summed against independent decimal arithmetic', async () => {
    // Decimal strings to scaled integers without floating point: "12.5" at scale 2 → 1250n.
    const scaled = (value: string, scale: number) => {
      const [whole = '0', fraction = ''] = value.split('.');
      return BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
    };
    const roundDiv = (n: bigint, d: bigint) => (n >= 0n ? (2n * n + d) / (2n * d) : -((-2n * n + d) / (2n * d)));
    const cents = (value: string) => scaled(value.replace('-', ''), 2) * (value.startsWith('-') ? -1n : 1n);
    let seed = 20261124;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let grand = 0n;
    let grandExpected = 0n;
    for (let o = 0; o < 20; o++) {
      const items = Array.from({ length: 500 }, (_, i) => ({
        name: `Line ${o}-${i}`,
        price: `${random(100_000)}.${String(random(100)).padStart(2, '0')}`,
        quantity: `${1 + random(50)}.${String(random(100)).padStart(2, '0')}`,
        discount: `${random(30)}.${String(random(100)).padStart(2, '0')}`,
        vatRate: ['0', '7', '20', '22', '10.5'][random(5)] as string,
      }));
      let subtotal = 0n;
      let vat = 0n;
      for (const it of items) {
        const net = roundDiv(scaled(it.quantity, 3) * scaled(it.price, 2) * (10_000n - scaled(it.discount, 2)), 1000n * 10_000n);
        subtotal += net;
        vat += roundDiv(net * scaled(it.vatRate, 2), 10_000n);
      }
      const res = await manager.post('/api/v1/orders', { contactId, items });
      expect(res.statusCode, res.body).toBe(201);
      const got = res.json();
      expect(cents(got.subtotal)).toBe(subtotal);
      expect(cents(got.vat)).toBe(vat);
      expect(cents(got.total)).toBe(subtotal + vat);
      grand += cents(got.total);
      grandExpected += subtotal + vat;
    }
    expect(grand).toBe(grandExpected);
  }, 60_000);
});
