import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsFixture } from './documents.fixture.ts';
import { pdfText } from './pdf-text.ts';

let f: Awaited<ReturnType<typeof documentsFixture>>;
let invoice: { id: string; number: string };
const uk = (n: string) => new Intl.NumberFormat('uk-UA', { minimumFractionDigits: 2 }).format(Number(n)).replace(/\s/g, ' ');

beforeAll(async () => {
  f = await documentsFixture();
  invoice = (await f.managerA.post('/api/v1/documents', { kind: 'invoice', orderId: f.order.id })).json();
});
afterAll(() => f.t.close());

describe('document files', () => {
  it("renders a PDF in the customer's language with Cyrillic and Italian text and the exact total", async () => {
    const res = await f.managerA.get(`/api/v1/documents/${invoice.id}/file?format=pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${invoice.number}.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(res.rawPayload);
    for (const expected of [
      `Рахунок на оплату № ${invoice.number}`,
      'Оксана Коваль',
      'ТОВ «Спільно»',
      'ЄДРПОУ / ІПН: 12345678',
      'Хліб житній',
      'Caffè perché',
      `Всього ${uk('505.31')} UAH`,
      `ПДВ ${uk('40.34')} UAH`,
      'Дякуємо за співпрацю!',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('renders the same document again from its snapshot after the order changed', async () => {
    await f.managerA.patch(`/api/v1/orders/${f.order.id}`, { items: [{ name: 'Інше', price: '1' }] });
    const text = await pdfText((await f.managerA.get(`/api/v1/documents/${invoice.id}/file`)).rawPayload);
    expect(text).toContain(`Всього ${uk('505.31')} UAH`);
    expect(text).not.toContain('Інше');
  });

  it('renders an XLSX that reads back with the lines as numbers and the totals', async () => {
    const res = await f.managerA.get(`/api/v1/documents/${invoice.id}/file?format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.name).toBe('Рахунок на оплату');
    expect(sheet.getCell('A1').value).toBe(`Рахунок на оплату № ${invoice.number}`);
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const row = (first: unknown, col = 2) => rows.find((r) => r[col] === first)?.slice(1);
    expect(row('Хліб житній')).toEqual([1, 'Хліб житній', 3, 19.99, 0, 20, 71.96]);
    expect(row('Caffè perché')).toEqual([2, 'Caffè perché', 1, 450, 10, 7, 433.35]);
    expect(row('Разом без ПДВ', 6)?.[6]).toBe(464.97);
    expect(row('ПДВ', 6)?.[6]).toBe(40.34);
    expect(row('Всього, UAH', 6)?.[6]).toBe(505.31);
    expect(row('Покупець', 1)?.[1]).toBe('Оксана Коваль');
  });

  it('mails the PDF to the customer and records the send on the timeline and in the audit log', async () => {
    const sent = f.t.mailer.sent.length;
    const res = await f.managerA.post(`/api/v1/documents/${invoice.id}/send`, { message: 'Ось рахунок.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ sentTo: 'oksana@example.com', sentAt: expect.any(String) });
    expect(f.t.mailer.sent).toHaveLength(sent + 1);
    const mail = f.t.mailer.sent.at(-1);
    expect(mail).toMatchObject({
      to: 'oksana@example.com',
      subject: `Рахунок на оплату № ${invoice.number} — ТОВ «Спільно»`,
      text: 'Ось рахунок.',
    });
    expect(mail?.attachments).toHaveLength(1);
    const [pdf] = mail?.attachments ?? [];
    expect(pdf).toMatchObject({ filename: `${invoice.number}.pdf`, contentType: 'application/pdf' });
    expect(await pdfText(pdf?.content as Buffer)).toContain('Оксана Коваль');

    const other = await f.managerA.post(`/api/v1/documents/${invoice.id}/send`, { to: 'Accounts@Example.com' });
    expect(other.json().sentTo).toBe('accounts@example.com');
    expect(f.t.mailer.sent.at(-1)?.text).toContain(`Рахунок на оплату № ${invoice.number}`);
    const timeline = (await f.managerA.get(`/api/v1/activities?contactId=${f.contact.id}&type=system`)).json().items;
    expect(timeline.map((a: { body: string }) => a.body)).toContain(`Invoice No. ${invoice.number} sent to oksana@example.com`);
    const audit = (await f.admin.get(`/api/v1/audit-log?entityType=document&entityId=${invoice.id}&action=update`)).json();
    expect(audit.items).toHaveLength(2);
  });
});
