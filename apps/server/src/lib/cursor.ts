import { AppError } from '../http/errors.ts';

/** Opaque keyset cursors: the sort key values of the last row, base64url JSON. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values as (string | number | null)[];
    }
  } catch {
    // fall through to the 400 below
  }
  throw new AppError('invalid', 'The cursor is not valid for this list.', [{ path: 'cursor', message: 'Invalid cursor' }]);
}

/** Turns `limit + 1` fetched rows into a page: the extra row only tells that there is more. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  present: (row: Row) => Item,
  cursorOf: (row: Row) => (string | number | null)[],
): { items: Item[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return { items: pageRows.map(present), nextCursor: more && last ? encodeCursor(cursorOf(last)) : null };
}
