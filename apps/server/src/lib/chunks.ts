/**
 * Rows or ids per statement when a list is written or matched in slices: PostgreSQL takes at most
 * 65,535 bound parameters per statement and SQLite 32,766, so a long IN list or a multi-row insert
 * of a wide table is cut into pieces.
 */
export const STATEMENT_SLICE = 500;

/** The list in consecutive pieces of at most `size`. */
export function* chunks<T>(items: readonly T[], size = STATEMENT_SLICE): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
