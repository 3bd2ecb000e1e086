import iconv from 'iconv-lite';

export type VcardChannel = { value: string; label: string };
export type Vcard = {
  fullName: string;
  firstName: string;
  lastName: string;
  organization: string;
  title: string;
  phones: VcardChannel[];
  emails: VcardChannel[];
  address: { street: string; city: string; region: string; postalCode: string; country: string } | null;
  birthday: string;
  note: string;
  categories: string[];
};

type Property = { name: string; params: Map<string, string[]>; value: string };

/**
 * Joins folded lines (RFC 6350 §3.2: a line break followed by a space or tab continues the line)
 * and the soft line breaks of quoted-printable values (a line ending in `=`), which vCard 2.1
 * exports from old phones use for every non-ASCII name.
 */
function logicalLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const last = lines.length - 1;
    const prev = lines[last];
    if (prev !== undefined && /^[ \t]/.test(line)) lines[last] = prev + line.slice(1);
    else if (prev !== undefined && /QUOTED-PRINTABLE/i.test(prev.split(':')[0] ?? '') && prev.endsWith('=')) {
      lines[last] = prev.slice(0, -1) + line;
    } else lines.push(line);
  }
  return lines.filter((l) => l.trim());
}

function parseProperty(line: string): Property | null {
  const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (colon < 0) return null;
  const [head = '', ...rawParams] = line.slice(0, colon).split(';');
  const params = new Map<string, string[]>();
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    // vCard 2.1 writes bare parameters: `TEL;CELL;VOICE:` means TYPE=CELL,VOICE.
    const key = eq < 0 ? (/^(QUOTED-PRINTABLE|BASE64|8BIT)$/i.test(p) ? 'ENCODING' : 'TYPE') : p.slice(0, eq).toUpperCase();
    const values = (eq < 0 ? p : p.slice(eq + 1)).replace(/"/g, '').split(',');
    params.set(key, [...(params.get(key) ?? []), ...values.map((v) => v.trim().toLowerCase())]);
  }
  return { name: (head.split('.').pop() ?? '').toUpperCase(), params, value: line.slice(colon + 1) };
}

function decodeValue(p: Property): string {
  if (!p.params.get('ENCODING')?.includes('quoted-printable')) return p.value;
  const bytes: number[] = [];
  for (let i = 0; i < p.value.length; i++) {
    const hex = p.value.slice(i + 1, i + 3);
    if (p.value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(p.value.charCodeAt(i) & 0xff);
  }
  const charset = p.params.get('CHARSET')?.[0] ?? 'utf-8';
  return iconv.decode(Buffer.from(bytes), iconv.encodingExists(charset) ? charset : 'utf-8');
}

/** Splits on separators not escaped with a backslash, then unescapes each part. */
function split(value: string, separator: ';' | ','): string[] {
  const parts = value.split(new RegExp(`(?<!\\\\)${separator}`));
  return parts.map((s) =>
    s
      .replace(/\\([nN])/g, '\n')
      .replace(/\\([,;\\:])/g, '$1')
      .trim(),
  );
}

const textValue = (value: string) => split(value, ';').join(';');

function labelOf(types: string[] = []): string {
  if (types.some((t) => t === 'cell' || t === 'mobile' || t === 'iphone')) return 'mobile';
  if (types.includes('work')) return 'work';
  if (types.includes('home')) return 'home';
  return 'other';
}

/** `19900215`, `1990-02-15`, `1990-02-15T00:00:00Z` → `1990-02-15`; a date without a year is dropped. */
function birthdayOf(value: string): string {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
}

function toCard(props: Property[]): Vcard {
  const card: Vcard = {
    ...{ fullName: '', firstName: '', lastName: '', organization: '', title: '', birthday: '', note: '' },
    ...{ phones: [], emails: [], address: null, categories: [] },
  };
  for (const p of props) {
    const value = decodeValue(p);
    const types = p.params.get('TYPE');
    if (p.name === 'FN') card.fullName = textValue(value);
    else if (p.name === 'N') [card.lastName = '', card.firstName = ''] = split(value, ';');
    else if (p.name === 'ORG') card.organization = split(value, ';')[0] ?? '';
    else if (p.name === 'TITLE') card.title = textValue(value);
    else if (p.name === 'TEL') card.phones.push({ value: textValue(value).replace(/^tel:/i, ''), label: labelOf(types) });
    else if (p.name === 'EMAIL') card.emails.push({ value: textValue(value).replace(/^mailto:/i, ''), label: labelOf(types) });
    else if (p.name === 'BDAY') card.birthday = birthdayOf(value);
    else if (p.name === 'NOTE') card.note = textValue(value);
    else if (p.name === 'CATEGORIES') card.categories.push(...split(value, ',').filter(Boolean));
    else if (p.name === 'ADR' && !card.address) {
      const [, ext = '', street = '', city = '', region = '', postalCode = '', country = ''] = split(value, ';');
      card.address = { street: [street, ext].filter(Boolean).join(', '), city, region, postalCode, country };
    }
  }
  return card;
}

/** Every card of a vCard 2.1, 3.0 or 4.0 file; properties it does not know (PHOTO, UID…) are passed over. */
export function parseVcards(text: string): Vcard[] {
  const cards: Vcard[] = [];
  let props: Property[] | null = null;
  for (const line of logicalLines(text)) {
    const p = parseProperty(line);
    if (!p) continue;
    if (p.name === 'BEGIN' && /^vcard$/i.test(p.value.trim())) props = [];
    else if (p.name === 'END' && props) {
      cards.push(toCard(props));
      props = null;
    } else props?.push(p);
  }
  return cards;
}
