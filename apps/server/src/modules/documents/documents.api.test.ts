import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { documentsFixture } from './documents.fixture.ts';

let f: Awaited<ReturnType<typeof documentsFixture>>;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  f = await documentsFixture();
});
afterAll(() => f.t.close());

describe('documents', () => {
  it('numbers quotes and invoices each in their own sequence', async () => {
    const issue = async (body: object) => {
      const res = await f.managerA.post('/api/v1/documents', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().number;
    };
    expect(await issue({ kind: 'invoice', orderId: f.order.id })).toBe(`INV-${year}-0001`);
    expect(await issue({ kind: 'quote', orderId: f.order.id })).toBe(`QT-${year}-0001`);
    expect(await issue({ kind: 'invoice', orderId: f.order.id })).toBe(`INV-${year}-0002`);
    await f.admin.patch('/api/v1/settings', { quoteNumberFormat: 'KP/{N}' });
    expect(await issue({ kind: 'quote', orderId: f.order.id })).toBe('KP/1');
  });

  it("freezes the order's lines, totals, customer and requisites; later edits change nothing", async () => {
    const created = (await f.managerA.post('/api/v1/documents', { kind: 'invoice', orderId: f.order.id })).json();
    expect(created).toMatchObject({
      orderId: f.order.id,
      contactId: f.contact.id,
      total: '505.31',
      currency: 'UAH',
      language: 'uk',
    });
    expect(created.data).toMatchObject({
      subtotal: f.order.subtotal,
      vat: f.order.vat,
      total: f.order.total,
      customer: { name: 'Оксана Коваль', email: 'oksana@example.com' },
      seller: { legalName: 'ТОВ «Спільно»', taxId: '12345678' },
      source: f.order.number,
    });
    expect(created.data.lines.map((l: { name: string; total: string }) => [l.name, l.total])).toEqual(
      f.order.items.map((i: { name: string; total: string }) => [i.name, i.total]),
    );

    const edited = await f.managerA.patch(`/api/v1/orders/${f.order.id}`, { items: [{ name: 'Інше', price: '1' }] });
    expect(edited.json().total).toBe('1.00');
    await f.admin.patch('/api/v1/settings', { legalName: 'ТОВ «Нова назва»' });
    await f.managerA.patch(`/api/v1/contacts/${f.contact.id}`, { firstName: 'Олена' });
    const again = (await f.managerA.get(`/api/v1/documents/${created.id}`)).json();
    expect(again.data).toEqual(created.data);
    expect(again.total).toBe('505.31');
    await f.managerA.patch(`/api/v1/orders/${f.order.id}`, { items: f.order.items.map(lineInput) });
    await f.admin.patch('/api/v1/settings', { legalName: 'ТОВ «Спільно»' });
    await f.managerA.patch(`/api/v1/contacts/${f.contact.id}`, { firstName: 'Оксана' });
  });

  it("quotes a deal's lines with the products' VAT, and writes to the timeline and the audit log", async () => {
    await f.managerA.get('/api/v1/pipelines'); // the default pipeline is made on first use
    const deal = (
      await f.managerA.post('/api/v1/deals', {
        name: 'Поставка хліба',
        contactId: f.contact.id,
        items: [{ productId: f.bread.id, quantity: '10', discount: '5' }],
      })
    ).json();
    const res = await f.managerA.post('/api/v1/documents', { kind: 'quote', dealId: deal.id });
    expect(res.statusCode, res.body).toBe(201);
    const quote = res.json();
    expect(quote.data.lines).toEqual([
      expect.objectContaining({ name: 'Хліб житній', quantity: '10', discount: '5', vatRate: '20', net: '189.91', vat: '37.98' }),
    ]);
    expect(quote).toMatchObject({ dealId: deal.id, orderId: null, total: '227.89' });
    const list = (await f.managerA.get(`/api/v1/documents?dealId=${deal.id}`)).json();
    expect(list.items.map((d: { id: string }) => d.id)).toEqual([quote.id]);
    expect(list.items[0].data).toBeUndefined();

    const timeline = (await f.managerA.get(`/api/v1/activities?contactId=${f.contact.id}&type=system`)).json().items;
    expect(timeline.map((a: { body: string }) => a.body)).toContain(`Quote No. ${quote.number} issued: 227.89 UAH`);
    const audit = (await f.admin.get(`/api/v1/audit-log?entityType=document&entityId=${quote.id}`)).json().items;
    expect(audit).toEqual([expect.objectContaining({ action: 'create', userId: f.managerA.user.id })]);
  });

  it('pages through the documents of an order, newest first', async () => {
    const all = (await f.managerA.get(`/api/v1/documents?orderId=${f.order.id}&limit=200`)).json().items;
    expect(all.length).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await f.managerA.get(`/api/v1/documents?orderId=${f.order.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      seen.push(...res.json().items.map((d: { id: string }) => d.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((d: { id: string }) => d.id));
    const invoices = (await f.managerA.get(`/api/v1/documents?orderId=${f.order.id}&kind=invoice&limit=200`)).json().items;
    expect(invoices.every((d: { kind: string }) => d.kind === 'invoice')).toBe(true);
  });

  it("hides a manager's documents from another manager, and refuses to issue from their order", async () => {
    const doc = (await f.managerA.post('/api/v1/documents', { kind: 'invoice', orderId: f.order.id })).json();
    expect((await f.managerB.get(`/api/v1/documents/${doc.id}`)).statusCode).toBe(404);
    expect((await f.managerB.get(`/api/v1/documents/${doc.id}/file?format=pdf`)).statusCode).toBe(404);
    expect((await f.managerB.post(`/api/v1/documents/${doc.id}/send`, {})).statusCode).toBe(404);
    expect((await f.managerB.get(`/api/v1/documents?orderId=${f.order.id}`)).json().items).toEqual([]);
    expect((await f.managerB.get('/api/v1/documents')).json().items).toEqual([]);
    const foreign = await f.managerB.post('/api/v1/documents', { kind: 'invoice', orderId: f.order.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([expect.objectContaining({ path: 'orderId' })]);
    expect((await f.admin.get(`/api/v1/documents/${doc.id}`)).statusCode).toBe(200);
  });

  it('answers bad input with a 400 and issues nothing', async () => {
    const before = (await f.admin.get('/api/v1/documents?limit=200')).json().items.length;
    for (const body of [
      { kind: 'invoice' },
      { kind: 'invoice', orderId: f.order.id, dealId: newId() },
      { kind: 'receipt', orderId: f.order.id },
      { kind: 'invoice', orderId: newId() },
      { kind: 'quote', dealId: newId() },
      { kind: 'invoice', orderId: 'not-an-id' },
    ]) {
      const res = await f.managerA.post('/api/v1/documents', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const doc = (await f.admin.get('/api/v1/documents?limit=1')).json().items[0];
    expect((await f.managerA.get(`/api/v1/documents/${doc.id}/file?format=docx`)).statusCode).toBe(400);
    expect((await f.managerA.post(`/api/v1/documents/${doc.id}/send`, { to: 'not an email' })).statusCode).toBe(400);
    expect((await f.admin.get('/api/v1/documents?limit=200')).json().items.length).toBe(before);
    expect((await f.admin.patch('/api/v1/settings', { invoiceNumberFormat: 'INV-{YYYY}' })).statusCode).toBe(400);
    expect((await f.admin.patch('/api/v1/settings', { companyLogo: 'data:image/gif;base64,R0lGOD' })).statusCode).toBe(400);
  });
});

const lineInput = (i: { productId: string; quantity: string; price: string; discount: string; vatRate: string }) => ({
  productId: i.productId,
  quantity: i.quantity,
  price: i.price,
  discount: i.discount,
  vatRate: i.vatRate,
});
