import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Engine } from '../db/connection.ts';
import type { DB } from '../db/types.ts';
import { searchTerms } from './search-text.ts';

/** FTS5's trigram index answers terms of three characters or more; shorter ones fall back to LIKE. */
const TRIGRAM = 3;

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Records whose search_text contains every term of the query. SQLite asks the FTS5 trigram
 * table; PostgreSQL's pg_trgm GIN index serves LIKE directly. Both see the same normalized text.
 */
export function matchesSearch<T extends 'contacts' | 'companies'>(
  eb: ExpressionBuilder<DB, T>,
  engine: Engine,
  table: T,
  query: string,
): Expression<SqlBool> {
  const terms = searchTerms(query);
  if (terms.length === 0) return sql<boolean>`1 = 1`;
  const column = sql.ref(`${table}.search_text`);
  const like = terms
    .filter((t) => engine === 'postgres' || t.length < TRIGRAM)
    .map((t) => sql<boolean>`${column} like ${likePattern(t)} escape '\\'`);
  const fts = engine === 'sqlite' ? terms.filter((t) => t.length >= TRIGRAM) : [];
  if (fts.length > 0) {
    const match = fts.map((t) => `"${t}"`).join(' AND ');
    like.push(
      sql<boolean>`${sql.ref(`${table}.rid`)} in (select rowid from ${sql.table(`${table}_fts`)} where ${sql.table(`${table}_fts`)} match ${match})`,
    );
  }
  return eb.and(like);
}
