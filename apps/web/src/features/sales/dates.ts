/** An instant as a `datetime-local` input shows it: the reader's wall clock, to the minute. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A `datetime-local` value back to an ISO instant; empty means none. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Today in the reader's time zone as yyyy-mm-dd, shifted by whole months. */
export function isoDay(monthsAhead = 0, day?: 'start' | 'end'): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() + monthsAhead + (day === 'end' ? 1 : 0), day ? 1 : now.getDate());
  if (day === 'end') d.setDate(0);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
