import type { Contact } from '@spilno/schema';

/** RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in text values. */
const esc = (s: string) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');

/** RFC 6350 §3.2: lines longer than 75 octets are folded, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const TYPE: Record<string, string> = { mobile: 'cell', work: 'work', home: 'home' };
const typeParam = (label: string) => (TYPE[label] ? `;TYPE=${TYPE[label]}` : '');

/** One contact as a vCard 4.0. */
export function contactToVcard(c: Contact): string {
  const fullName = [c.firstName, c.lastName].filter(Boolean).join(' ');
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${esc(fullName)}`, `N:${esc(c.lastName)};${esc(c.firstName)};;;`];
  if (c.companyName) lines.push(`ORG:${esc(c.companyName)}`);
  if (c.position) lines.push(`TITLE:${esc(c.position)}`);
  for (const p of c.phones) lines.push(`TEL;VALUE=uri${typeParam(p.label)}:tel:${p.value}`);
  for (const e of c.emails) lines.push(`EMAIL${typeParam(e.label)}:${esc(e.value)}`);
  if (c.address) {
    const a = c.address;
    lines.push(`ADR:;;${[a.street, a.city, a.region, a.postalCode, a.country].map((v) => esc(v ?? '')).join(';')}`);
  }
  if (c.birthday) lines.push(`BDAY:${c.birthday.replace(/-/g, '')}`);
  if (c.preferences.notes) lines.push(`NOTE:${esc(c.preferences.notes)}`);
  if (c.tags.length) lines.push(`CATEGORIES:${c.tags.map(esc).join(',')}`);
  lines.push(`UID:urn:uuid:${c.id}`, `REV:${c.updatedAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}`, 'END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
