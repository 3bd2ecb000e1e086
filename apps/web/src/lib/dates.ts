/** Start of the given local day (yyyy-mm-dd from a date input), or of a later day, as an ISO instant. */
export function dayStart(date: string | undefined, addDays = 0): string | undefined {
  if (!date) return undefined;
  const d = new Date(`${date}T00:00:00`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setDate(d.getDate() + addDays);
  return d.toISOString();
}
