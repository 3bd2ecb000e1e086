/**
 * Wall-clock time in an IANA zone without a date library: Intl tells the offset at any instant,
 * and a wall time is turned into an instant the way Temporal's "compatible" rule does — in a DST
 * gap (spring forward) the time moves later by the gap, in an overlap (fall back) the earlier
 * of the two instants wins.
 */
export type Wall = { y: number; mo: number; d: number; h: number; mi: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function wallOf(ms: number, tz: string): Wall & { s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    y: parts.year ?? 0,
    mo: parts.month ?? 1,
    d: parts.day ?? 1,
    h: parts.hour ?? 0,
    mi: parts.minute ?? 0,
    s: parts.second ?? 0,
  };
}

/** The wall time as if it were UTC: what rrule works on ("floating" time). */
export const floating = (w: Wall): number => Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi);
export const wallOfFloating = (ms: number): Wall => {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes() };
};

export function offsetAt(ms: number, tz: string): number {
  const w = wallOf(ms, tz);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000;
}

export function zonedToUtc(wall: Wall, tz: string): number {
  const guess = floating(wall);
  const before = offsetAt(guess - 86_400_000, tz);
  const after = offsetAt(guess + 86_400_000, tz);
  const fits = [guess - before, guess - after].filter((ms) => floating(wallOf(ms, tz)) === guess);
  // No candidate fits: the wall time falls in a gap; the offset from before the change moves it later.
  return fits.length ? Math.min(...fits) : guess - before;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const dateOfWall = (w: Wall): string => `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
/** `2026-03-29T09:00` — how a series start is stored (local wall time, no zone). */
export const wallText = (w: Wall): string => `${dateOfWall(w)}T${pad(w.h)}:${pad(w.mi)}`;

export function parseWallText(text: string): Wall {
  const [date = '', time = '00:00'] = text.split('T');
  const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  return { y, mo, d, h, mi };
}

export const localDate = (ms: number, tz: string): string => dateOfWall(wallOf(ms, tz));
export const startOfDay = (date: string, tz: string): number => zonedToUtc(parseWallText(date), tz);
export function addDays(date: string, days: number): string {
  const w = parseWallText(date);
  return dateOfWall(wallOfFloating(Date.UTC(w.y, w.mo - 1, w.d + days)));
}

export function isTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}
