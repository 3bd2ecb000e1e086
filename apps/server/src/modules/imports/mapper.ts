import type { ImportMapping } from '@spilno/schema';
import { normalizePhone } from '../../lib/phones.ts';

export type RowError = { field: string | null; message: string };
type Channel = { value: string; label: string };

/** One row read through the mapping: the values by target field, and what is wrong with them. */
export type MappedRow = {
  firstName: string;
  lastName: string;
  name: string;
  phones: Channel[];
  emails: Channel[];
  company: string;
  position: string;
  tags: string[];
  source: string;
  birthday: string;
  address: Record<string, string>;
  notes: string;
  type: string;
  industry: string;
  website: string;
  custom: Record<string, string>;
  errors: RowError[];
};

const ADDRESS_FIELDS = new Set(['street', 'city', 'region', 'postalCode', 'country']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PATRONYMIC = /(ович|евич|івна|ївна|овна|евна|ична|ич)$/i;

/** Google writes `* Mobile` for the primary number and free text for custom labels. */
function normalizeLabel(raw: string | undefined): string {
  const label = (raw ?? '')
    .replace(/^\*\s*/, '')
    .trim()
    .toLowerCase();
  if (!label) return 'other';
  if (/^(mobile|cell|cellular|мобільний|мобильный|cellulare)$/.test(label)) return 'mobile';
  if (/^(work|business|робочий|рабочий|lavoro|ufficio)$/.test(label)) return 'work';
  if (/^(home|домашній|домашний|casa)$/.test(label)) return 'home';
  return label.slice(0, 40);
}

/** `Петренко Іван Іванович` (surname first, with a patronymic) or `Ivan Petrenko`. */
function splitFullName(full: string): [string, string] {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return [words[0] ?? '', ''];
  if (words.length === 3 && PATRONYMIC.test(words[2] ?? '')) return [words[1] ?? '', words[0] ?? ''];
  return [words.slice(0, -1).join(' '), words[words.length - 1] ?? ''];
}

/** ISO dates, `15.02.1990` (Ukrainian, Russian, Italian) and `2/15/1990` (US exports); Outlook's `0/0/00` is empty. */
export function parseBirthday(raw: string): string | null | undefined {
  const s = raw.trim();
  if (!s || /^0{1,2}[./-]0{1,2}[./-]0{2,4}$/.test(s)) return null;
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  else if (slashed) {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    [m, d, y] = a > 12 ? [b, a, Number(slashed[3])] : [a, b, Number(slashed[3])];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const splitList = (s: string) =>
  s
    .split(/\s*(?::::|[,;])\s*/)
    .map((v) => v.trim())
    .filter(Boolean);

function empty(): MappedRow {
  return {
    ...{ firstName: '', lastName: '', name: '', company: '', position: '', source: '', birthday: '', notes: '' },
    ...{ phones: [], emails: [], tags: [], address: {}, type: '', industry: '', website: '', custom: {}, errors: [] },
  };
}

/** Reads one row through the mapping; phones come out in E.164 and emails in lower case, or as errors. */
export function mapRow(columns: string[], row: string[], mapping: ImportMapping, region: string): MappedRow {
  const out = empty();
  // A leading `'` is how exports (ours included) keep formula-like cells as text; it is not data.
  const cell = (column: string) => (row[columns.indexOf(column)] ?? '').replace(/^'(?=[=+\-@\t\r])/, '').trim();
  for (const [column, target] of Object.entries(mapping)) {
    const value = cell(column);
    if (!value || target.field === 'ignore') continue;
    const f = target.field;
    const label = normalizeLabel(target.labelColumn ? cell(target.labelColumn) : target.label);
    if (f === 'phone') {
      for (const raw of splitList(value)) {
        const phone = normalizePhone(raw, region);
        if (!phone) out.errors.push({ field: 'phone', message: `"${raw}" is not a valid phone number` });
        else if (!out.phones.some((p) => p.value === phone.e164)) out.phones.push({ value: phone.e164, label });
      }
    } else if (f === 'email') {
      for (const raw of splitList(value).map((e) => e.toLowerCase())) {
        if (!EMAIL.test(raw)) out.errors.push({ field: 'email', message: `"${raw}" is not a valid email address` });
        else if (!out.emails.some((e) => e.value === raw)) out.emails.push({ value: raw, label });
      }
    } else if (f === 'tags') {
      // Google's system groups (`* myContacts`, `* starred`) are not the user's tags.
      const tags = splitList(value).filter((t) => !t.startsWith('*'));
      out.tags = [...new Set([...out.tags, ...tags.map((t) => t.toLowerCase().slice(0, 50))])];
    } else if (f === 'birthday') {
      const date = parseBirthday(value);
      if (date === undefined) out.errors.push({ field: 'birthday', message: `"${value}" is not a date` });
      else if (date) out.birthday = date;
    } else if (f === 'fullName') out.name ||= value;
    else if (ADDRESS_FIELDS.has(f)) out.address[f] ||= value;
    else if (f.startsWith('custom.')) out.custom[f.slice(7)] ||= value;
    else if (f !== 'notes') (out as Record<string, unknown>)[f] ||= value;
    else out.notes = out.notes ? `${out.notes}\n${value}` : value;
  }
  if (out.name && !out.firstName && !out.lastName) [out.firstName, out.lastName] = splitFullName(out.name);
  return out;
}
