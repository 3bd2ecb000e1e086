import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';
import { readTable } from '../imports/table.ts';
import { parseVcards } from '../imports/vcard.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager');
  const create = (c: Caller, body: object) => c.post('/api/v1/contacts', body);
  await create(admin, {
    firstName: '=HYPERLINK("http://evil.example")',
    lastName: 'Koval, Jr.',
    phones: [{ value: '+380991524482', label: 'mobile' }],
    emails: [{ value: 'olena@example.com', label: 'work' }],
    tags: ['vip'],
    preferences: { notes: '@SUM(1+1)\nsecond line' },
  });
  await create(admin, { firstName: 'Taras', lastName: '-Shevchenko', tags: ['vip'] });
  await create(manager, { firstName: 'Managed', lastName: 'Person', tags: ['mine'] });
});
afterAll(() => t.close());

describe('exports', () => {
  it('CSV: UTF-8 with BOM, an attachment, formula-like cells neutralised, and it imports back', async () => {
    const res = await admin.get('/api/v1/exports/contacts?format=csv&tag=vip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.body.startsWith('\uFEFFFirst Name,Last Name,Company')).toBe(true);
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"")","Koval, Jr."`);
    expect(res.body).toContain("'+380991524482");
    expect(res.body).toContain(`"'@SUM(1+1)\nsecond line"`);
    expect(res.body).toContain("Taras,'-Shevchenko");
    expect(res.body).not.toContain('Managed');
    const table = await readTable(res.rawPayload);
    expect(table.rows).toHaveLength(2);

    const audit = (await admin.get('/api/v1/audit-log?action=export')).json().items;
    expect(audit[0].changes.export[1]).toMatchObject({ format: 'csv', filter: { tag: 'vip' }, rows: 2 });
  });

  it('XLSX is readable back, text cells as they are', async () => {
    const res = await admin.get('/api/v1/exports/contacts?format=xlsx');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('First Name');
    const names = [2, 3, 4].map((r) => sheet?.getRow(r).getCell(1).value);
    expect(names.sort()).toEqual(['=HYPERLINK("http://evil.example")', 'Managed', 'Taras']);
  });

  it('vCard 4.0 that our parser reads back', async () => {
    const res = await admin.get('/api/v1/exports/contacts?format=vcf&tag=vip');
    expect(res.headers['content-type']).toBe('text/vcard; charset=utf-8');
    const cards = parseVcards(res.body);
    const olena = cards.find((c) => c.lastName === 'Koval, Jr.');
    expect(olena).toMatchObject({
      phones: [{ value: '+380991524482', label: 'mobile' }],
      emails: [{ value: 'olena@example.com', label: 'work' }],
    });
    expect(olena?.note).toBe('@SUM(1+1)\nsecond line');
    expect(olena?.categories).toEqual(['vip']);
  });

  it('exports a selection of ids, and companies', async () => {
    const all = (await admin.get('/api/v1/contacts?limit=200')).json().items as { id: string; firstName: string }[];
    const taras = all.find((c) => c.firstName === 'Taras');
    const res = await admin.get(`/api/v1/exports/contacts?ids=${taras?.id}`);
    expect(res.body.trim().split('\r\n')).toHaveLength(2);
    await admin.post('/api/v1/companies', { name: '+Plus Corp' });
    const companies = await admin.get('/api/v1/exports/companies?format=csv');
    expect(companies.body).toContain("'+Plus Corp");
  });

  it('a manager exports what they may read; a marketer may export but not import', async () => {
    const listed = (await manager.get('/api/v1/contacts?limit=200')).json().items.length;
    const table = await readTable((await manager.get('/api/v1/exports/contacts')).rawPayload);
    expect(table.rows).toHaveLength(listed);
    const marketer = await userWithRole(t.app, admin, 'marketer');
    expect((await marketer.get('/api/v1/exports/contacts?format=csv')).statusCode).toBe(200);
    expect((await marketer.get('/api/v1/imports')).statusCode).toBe(403);
  });

  it('rejects unknown formats and filters', async () => {
    expect((await admin.get('/api/v1/exports/contacts?format=pdf')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/exports/companies?format=vcf')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/exports/contacts?ids=nope')).statusCode).toBe(400);
  });
});
