import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv.ts';
import { decodeText, detectEncoding } from './decode.ts';
import { readTable } from './table.ts';
import { parseVcards } from './vcard.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('text encodings', () => {
  it('tells UTF-8 (with and without BOM), UTF-16 and Windows-1251/1252 apart', () => {
    const text = 'Ім’я;Прізвище\nОлена;Коваль';
    expect(detectEncoding(Buffer.from(text))).toBe('utf-8');
    expect(detectEncoding(Buffer.from(`\uFEFF${text}`))).toBe('utf-8');
    expect(detectEncoding(iconv.encode(text, 'utf-16le'))).toBe('utf-16le');
    expect(detectEncoding(iconv.encode(text, 'utf-16be'))).toBe('utf-16be');
    expect(detectEncoding(iconv.encode(text, 'windows-1251'))).toBe('windows-1251');
    expect(detectEncoding(iconv.encode('Nome;Città\nNiccolò;Forlì', 'windows-1252'))).toBe('windows-1252');
    expect(decodeText(Buffer.from(`\uFEFF${text}`), 'utf-8')).toBe(text);
  });
});

describe('CSV', () => {
  it('detects , ; tab and | delimiters, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectDelimiter('name;note\n"Koval, Olena";"a, b, c"\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n\n')).toBe('|');
  });

  it('reads a Windows-1251 file with ; from Ukrainian Excel', async () => {
    const t = await readTable(fixture('excel-uk-cp1251.csv'));
    expect(t).toMatchObject({ format: 'csv', encoding: 'windows-1251', delimiter: ';' });
    expect(t.columns).toEqual(["Ім'я", 'Прізвище', 'Телефон', 'Email', 'Компанія', 'Посада', 'Місто']);
    expect(t.rows[0]).toEqual(['Олена', 'Коваль', '099 152 44 82', 'olena@example.com', 'ТОВ "Весна"', 'Бухгалтер', 'Київ']);
  });

  it('reads UTF-16 with tabs', async () => {
    const t = await readTable(fixture('italian-utf16.tsv'));
    expect(t).toMatchObject({ encoding: 'utf-16le', delimiter: '\t', columns: ['Nome', 'Cognome', 'Telefono', 'Email'] });
    expect(t.rows).toEqual([['Marco', 'Bianchi', '+39 347 765 4321', 'marco@example.it']]);
  });

  it('keeps quoted multi-line cells in one row', async () => {
    const t = await readTable(fixture('google.csv'));
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]?.at(-1)).toBe('First line\r\nsecond line');
  });

  it('reports broken quoting with a clear 400', () => {
    expect(() => parseCsv('a,b\n"unclosed,2\n3,4', ',')).toThrow(/malformed/);
  });

  it('refuses empty and binary files', async () => {
    await expect(readTable(Buffer.alloc(0))).rejects.toThrow(/empty/);
    await expect(readTable(Buffer.from('\n\n  \n'))).rejects.toThrow(/empty/);
    await expect(readTable(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 1, 2]))).rejects.toThrow(
      /not a CSV/,
    );
    await expect(readTable(Buffer.from('only a header\n'))).rejects.toThrow(/no rows/);
  });

  it('names blank and repeated headers', async () => {
    const t = await readTable(Buffer.from('Phone,,Phone\n1,2,3\n'));
    expect(t.columns).toEqual(['Phone', 'Column 2', 'Phone (2)']);
  });
});

describe('XLSX', () => {
  it('reads a workbook back: text, numbers (phones typed as numbers) and dates', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Contacts');
    ws.addRow(['First Name', 'Phone', 'Birthday']);
    ws.addRow(['Олена', 380991524482, new Date(Date.UTC(1990, 1, 15))]);
    const t = await readTable(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(t).toMatchObject({ format: 'xlsx', columns: ['First Name', 'Phone', 'Birthday'] });
    expect(t.rows).toEqual([['Олена', '380991524482', '1990-02-15']]);
  });

  it('refuses a zip that is not a workbook', async () => {
    await expect(readTable(Buffer.from('PK\u0003\u0004garbage-garbage'))).rejects.toThrow(/cannot be read/);
  });
});

describe('vCard', () => {
  it('reads 2.1 from old phones: quoted-printable with soft breaks, CHARSET, bare TYPE parameters', () => {
    const [a, b] = parseVcards(fixture('phone-2.1.vcf').toString('latin1'));
    expect(a).toMatchObject({ firstName: 'Іван', lastName: 'Петренко', fullName: 'Іван Петренко' });
    expect(a?.phones).toEqual([
      { value: '0991524482', label: 'mobile' },
      { value: '+380 44 123 45 67', label: 'home' },
    ]);
    expect(b).toMatchObject({
      firstName: 'Олена',
      lastName: 'Коваль',
      emails: [{ value: 'olena.koval@example.com', label: 'other' }],
    });
    expect(b?.phones).toEqual([{ value: '067-123-45-67', label: 'work' }]);
  });

  it('reads 3.0 from an iPhone: groups, escaping, ADR, BDAY, NOTE, CATEGORIES, folded PHOTO', () => {
    const [c] = parseVcards(fixture('iphone-3.0.vcf').toString('utf8'));
    expect(c).toMatchObject({
      firstName: 'Giulia',
      lastName: 'Rossi',
      organization: 'Trattoria da Mario, S.r.l.',
      title: 'Chef',
      birthday: '1985-03-21',
      note: 'Allergic to nuts\nPrefers calls after 10',
      categories: ['vip', 'wholesale'],
      address: { street: 'Via Roma 1', city: 'Roma', region: 'RM', postalCode: '00100', country: 'Italia' },
    });
    expect(c?.emails.map((e) => e.label)).toEqual(['other', 'work']);
    expect(c?.phones).toEqual([
      { value: '+39 347 123 4567', label: 'mobile' },
      { value: '06 1234 5678', label: 'work' },
    ]);
  });

  it('reads 4.0: folded lines, quoted TYPE lists, tel: URIs, a birthday without a year', () => {
    const [c] = parseVcards(fixture('google-4.0.vcf').toString('utf8'));
    expect(c?.fullName).toBe(
      'Mykola Shevchenko-Lysenko with a very long name that goes on and on past the seventy-five octet limit',
    );
    expect(c?.phones).toEqual([{ value: '+380-99-765-43-21', label: 'mobile' }]);
    expect(c?.birthday).toBe('');
  });

  it('turns cards into a table with the columns a contacts CSV has', async () => {
    const t = await readTable(fixture('iphone-3.0.vcf'));
    expect(t.format).toBe('vcard');
    expect(t.columns).toEqual(expect.arrayContaining(['First Name', 'Phone 1', 'Phone 1 Label', 'Email 2', 'Categories']));
  });
});
