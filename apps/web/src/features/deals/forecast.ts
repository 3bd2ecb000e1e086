import type { ForecastMonth } from './deals.api.ts';

/** Every month from `from` to `to` (yyyy-mm), at most three years, so empty months show as gaps. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  while (out.length < 36) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > end) break;
    out.push(key);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

/** The answer grouped by currency: sums in different currencies are never added together. */
export function byCurrency(months: ForecastMonth[]): Map<string, Map<string, ForecastMonth>> {
  const out = new Map<string, Map<string, ForecastMonth>>();
  for (const m of months) {
    const rows = out.get(m.currency) ?? new Map<string, ForecastMonth>();
    rows.set(m.month, m);
    out.set(m.currency, rows);
  }
  return out;
}
