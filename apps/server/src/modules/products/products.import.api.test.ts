import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager');
});
afterAll(() => t.close());

/** Windows-1251, as Excel in Ukraine saves a CSV: А–я at 0xC0–0xFF, і/ї/є where the code page puts them. */
function cp1251(text: string): Buffer {
  const extra: Record<string, number> = { і: 0xb3, І: 0xb2, ї: 0xbf, Ї: 0xaf, є: 0xba, Є: 0xaa };
  return Buffer.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return extra[ch] ?? code;
    }),
  );
}

function upload(caller: Caller, content: string | Buffer) {
  const boundary = '----spilno-products';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="prices.csv"\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/products/import',
    payload,
    headers: { authorization: `Bearer ${caller.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const bySku = async (sku: string) =>
  (await admin.get(`/api/v1/products?q=${sku}`)).json().items.find((p: { sku: string }) => p.sku === sku);

describe('product CSV import', () => {
  it('creates and updates products by SKU from a Ukrainian Excel CSV', async () => {
    await admin.post('/api/v1/products', { sku: 'BR-1', name: 'Old name', price: '10', costPrice: '4' });
    const csv =
      'Артикул;Назва;Ціна;Собівартість;Валюта;Од. вим.;ПДВ\r\nBR-1;Хліб житній;1 234,50;;;шт;20%\r\nBR-2;Багет;45,00;20;eur;;\r\n';
    const res = await upload(admin, cp1251(csv));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 1, updated: 1, total: 2 });
    // A blank cell keeps what the product had (cost price 4) or takes the default (pcs).
    expect(await bySku('BR-1')).toMatchObject({
      name: 'Хліб житній',
      price: '1234.50',
      costPrice: '4.00',
      unit: 'шт',
      vatRate: '20',
    });
    expect(await bySku('BR-2')).toMatchObject({
      name: 'Багет',
      price: '45.00',
      costPrice: '20.00',
      currency: 'EUR',
      unit: 'pcs',
    });

    const audit = (await admin.get('/api/v1/audit-log?action=import')).json().items;
    expect(audit[0]).toMatchObject({ entityType: 'product', changes: { created: [null, 1], updated: [null, 1] } });
  });

  it('takes Italian and English headers with any delimiter', async () => {
    const res = await upload(admin, 'Codice,Nome,Prezzo,Costo,Valuta,Unità,IVA\nIT-1,Pane,"2,50",1,EUR,kg,22\n');
    expect(res.json()).toEqual({ created: 1, updated: 0, total: 1 });
    expect((await upload(admin, 'sku\tname\tprice\nIT-1\tPane toscano\t3\n')).json()).toMatchObject({ updated: 1 });
    expect(await bySku('IT-1')).toMatchObject({ name: 'Pane toscano', price: '3.00', unit: 'kg', currency: 'EUR' });
  });

  it('imports nothing when any row is bad, and says which cells', async () => {
    const csv =
      'sku,name,price,currency,vat rate\nOK-1,Fine,5,UAH,0\nBAD-1,,abc,UAH,0\nBAD-2,No price,,EURO,120\nOK-1,Again,6,UAH,0\n';
    const res = await upload(admin, csv);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['rows.1.name', 'rows.1.price', 'rows.2.price', 'rows.2.currency', 'rows.2.vatRate', 'rows.3.sku']),
    );
    expect(res.json().errors).toContainEqual({ path: 'rows.1.name', message: 'Required' });
    expect(await bySku('OK-1')).toBeUndefined();
  });

  it('refuses files without SKU and name columns, uploads without a file, and callers who may not edit products', async () => {
    const noSku = await upload(admin, 'name,price\nBread,5\n');
    expect(noSku.statusCode).toBe(400);
    expect(noSku.json().errors[0].path).toBe('file');
    expect((await admin.post('/api/v1/products/import', {})).statusCode).toBe(400);
    expect((await upload(manager, 'sku,name\nX,Y\n')).statusCode).toBe(403);
  });
});
