import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import { decodeCursor } from './cursor.ts';

/**
 * Keyset pagination over one sort column plus `id` as the tie-breaker. Nullable columns sort
 * NULLs first ascending and last descending on both engines, and the cursor condition follows
 * that order, so paging through a column with empty values neither skips nor repeats rows.
 */
export type KeysetSort = { column: string; desc: boolean; nullable: boolean };

export function orderByKeyset<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  sort: KeysetSort,
  idColumn: string,
): SelectQueryBuilder<DB, TB, O> {
  const dir = sort.desc ? sql`desc` : sql`asc`;
  const nulls = sort.nullable ? (sort.desc ? sql` nulls last` : sql` nulls first`) : sql``;
  return query.orderBy(sql`${sql.ref(sort.column)} ${dir}${nulls}`).orderBy(sql`${sql.ref(idColumn)} ${dir}`);
}

/** The rows after the cursor's (value, id) in the sort's order, as a WHERE condition. */
export function afterCursor(sort: KeysetSort, idColumn: string, cursor: string): RawBuilder<boolean> {
  const [value, id] = decodeCursor(cursor, 2) as [string | number | null, string];
  const col = sql.ref(sort.column);
  const idRef = sql.ref(idColumn);
  const cmp = sort.desc ? sql`<` : sql`>`;
  const pastId = sql<boolean>`${idRef} ${cmp} ${id}`;
  if (value === null) {
    // Within the NULL block; ascending, every non-NULL row still follows.
    const rest = sql<boolean>`(${col} is null and ${pastId})`;
    return sort.desc ? rest : sql<boolean>`(${rest} or ${col} is not null)`;
  }
  const after = sql<boolean>`(${col} ${cmp} ${value} or (${col} = ${value} and ${pastId}))`;
  // Descending puts NULLs last, so they follow every non-NULL value.
  return sort.desc && sort.nullable ? sql<boolean>`(${after} or ${col} is null)` : after;
}

/** `name` / `-name` from the API → the column it sorts and its direction. */
export function parseSort<K extends string>(
  sort: K | `-${K}`,
  columns: Record<K, { column: string; nullable?: boolean }>,
): KeysetSort {
  const desc = sort.startsWith('-');
  const spec = columns[(desc ? sort.slice(1) : sort) as K];
  return { column: spec.column, desc, nullable: spec.nullable ?? false };
}
