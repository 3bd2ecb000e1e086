import { offsetAt } from '../tasks/zoned-time.ts';

/** RFC 5545 text: escape, then fold lines longer than 75 octets, joined by CRLF. */
export const escapeText = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > 75) {
      out.push(current);
      current = ' ';
      bytes = 1;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n');
}

export const serialize = (lines: string[]): string => `${lines.map(fold).join('\r\n')}\r\n`;

const pad = (n: number) => String(n).padStart(2, '0');
/** `20260329T060000Z` */
export const utcStamp = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
/** `20260329T090000`: a wall time, for DTSTART;TZID=… */
export const wallStamp = (ms: number, offset: number): string => utcStamp(ms + offset).replace('Z', '');
export const dateStamp = (date: string): string => date.replace(/-/g, '');

function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const min = Math.abs(ms) / 60_000;
  return `${sign}${pad(Math.floor(min / 60))}${pad(min % 60)}`;
}

/**
 * A VTIMEZONE with every offset change of the zone in the years given, found with Intl rather
 * than copied from a database, so it always agrees with how the server computed the times.
 */
export function vtimezone(tz: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tz}`];
  const observance = (at: number, from: number, to: number) => {
    const kind = to > from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wallStamp(at, from)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    );
  };
  let t = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  let off = offsetAt(t, tz);
  observance(t, off, off);
  for (; t < end; t += 86_400_000) {
    const o = offsetAt(t + 86_400_000, tz);
    if (o === off) continue;
    let lo = t;
    let hi = t + 86_400_000;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid, tz) === off) lo = mid;
      else hi = mid;
    }
    observance(hi, off, o);
    off = o;
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
