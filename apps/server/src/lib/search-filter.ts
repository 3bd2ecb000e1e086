import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Engine } from '../db/connection.ts';
import type { DB } from '../db/types.ts';
import { searchTerms } from './search-text.ts';

/** FTS5's trigram index answers terms of three characters or more; shorter ones fall back to LIKE. */
const TRIGRAM = 3;

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Records whose search_text contains every term of the query. SQLite asks the FTS5 trigram
 * table (terms shorter than three characters fall back to LIKE); PostgreSQL's pg_trgm GIN
 * index serves LIKE. Both see the same normalized text.
 */
export function matchesSearch<T extends 'contacts' | 'companies'>(
  eb: ExpressionBuilder<DB, T>,
  engine: Engine,
  table: T,
  query: string,
): Expression<SqlBool> {
  const terms = searchTerms(query);
  if (terms.length === 0) return sql<boolean>`1 = 1`;
  if (engine === 'postgres') {
    // The trigram index must run first: ARRAY(subquery) is computed once, up front, so the
    // planner cannot choose to walk the sort index and test LIKE on a million rows instead.
    const likes = terms.map((t) => sql<boolean>`s.search_text like ${likePattern(t)} escape '\\'`);
    return sql<boolean>`${sql.ref(`${table}.id`)} = any(array(select s.id from ${sql.table(table)} s where ${sql.join(likes, sql` and `)}))`;
  }
  const column = sql.ref(`${table}.search_text`);
  const conditions = terms
    .filter((t) => t.length < TRIGRAM)
    .map((t) => sql<boolean>`${column} like ${likePattern(t)} escape '\\'`);
  const fts = terms.filter((t) => t.length >= TRIGRAM);
  if (fts.length > 0) {
    const match = fts.map((t) => `"${t}"`).join(' AND ');
    const ftsTable = sql.table(`${table}_fts`);
    conditions.push(sql<boolean>`${sql.ref(`${table}.rid`)} in (select rowid from ${ftsTable} where ${ftsTable} match ${match})`);
  }
  return eb.and(conditions);
}
