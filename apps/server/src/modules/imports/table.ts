import type { IMPORT_FORMATS } from '@spilno/schema';
import { AppError } from '../../http/errors.ts';
import { detectDelimiter, parseCsv } from './csv.ts';
import { decodeText, detectEncoding } from './decode.ts';
import { parseVcards, type Vcard } from './vcard.ts';
import { readXlsx } from './xlsx.ts';

/** An uploaded file read as a table: a header row of unique column names and data rows. */
export type Table = {
  format: (typeof IMPORT_FORMATS)[number];
  encoding: string | null;
  delimiter: string | null;
  columns: string[];
  rows: string[][];
};

const invalidFile = (message: string) => new AppError('invalid', message, [{ path: 'file', message }]);

/** Blank headers get a name and repeated ones a number, so a mapping can point at each column. */
function uniqueColumns(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    const name = raw.trim() || `Column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/** vCards become rows with the column names a contacts CSV would have, so one mapper serves both. */
function vcardTable(cards: Vcard[]): Pick<Table, 'columns' | 'rows'> {
  const phones = Math.max(0, ...cards.map((c) => c.phones.length));
  const emails = Math.max(0, ...cards.map((c) => c.emails.length));
  const numbered = (kind: string, n: number) =>
    Array.from({ length: n }, (_, i) => [`${kind} ${i + 1}`, `${kind} ${i + 1} Label`]).flat();
  const columns = [
    ...['Full Name', 'First Name', 'Last Name', 'Company', 'Job Title'],
    ...numbered('Phone', phones),
    ...numbered('Email', emails),
    ...['Street', 'City', 'Region', 'Postal Code', 'Country', 'Birthday', 'Notes', 'Categories'],
  ];
  const channels = (list: Vcard['phones'], n: number) =>
    Array.from({ length: n }, (_, i) => [list[i]?.value ?? '', list[i]?.label ?? '']).flat();
  const rows = cards.map((c) => [
    ...[c.fullName, c.firstName, c.lastName, c.organization, c.title],
    ...channels(c.phones, phones),
    ...channels(c.emails, emails),
    ...[c.address?.street ?? '', c.address?.city ?? '', c.address?.region ?? '', c.address?.postalCode ?? ''],
    ...[c.address?.country ?? '', c.birthday, c.note, c.categories.join(', ')],
  ]);
  return { columns, rows };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control > sample.length / 20;
}

/** Detects the format (XLSX by its zip signature, vCard by BEGIN:VCARD, else CSV) and reads it. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw invalidFile('The file is empty.');
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  let table: Table;
  if (zip) {
    const [header = [], ...rows] = await readXlsx(bytes);
    table = { format: 'xlsx', encoding: null, delimiter: null, columns: header, rows };
  } else {
    const encoding = detectEncoding(bytes);
    const text = decodeText(bytes, encoding);
    if (!text.trim()) throw invalidFile('The file is empty.');
    if (looksBinary(text)) throw invalidFile('This is not a CSV, XLSX or vCard file.');
    if (/^\s*BEGIN:VCARD/i.test(text)) {
      const cards = parseVcards(text);
      table = { format: 'vcard', encoding, delimiter: null, ...vcardTable(cards) };
    } else {
      const delimiter = detectDelimiter(text);
      const [header = [], ...rows] = parseCsv(text, delimiter);
      table = { format: 'csv', encoding, delimiter, columns: header, rows };
    }
  }
  if (table.columns.length === 0 || table.rows.length === 0) throw invalidFile('The file has no rows to import.');
  return { ...table, columns: uniqueColumns(table.columns) };
}
