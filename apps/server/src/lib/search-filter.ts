import { type Expression, type SqlBool, sql } from 'kysely';
import type { Engine } from '../db/connection.ts';
import { searchTerms } from './search-text.ts';

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Records whose search text has every term of the query. SQLite asks the FTS5 word index for words
 * that begin with each term (`"koval@gm"*` is the phrase koval + gm…, as an address is written);
 * phone digits are indexed with all their endings, so a fragment from the middle of a number
 * matches too. PostgreSQL's pg_trgm GIN index serves LIKE, which also finds terms inside words:
 * everything SQLite finds, PostgreSQL finds as well.
 */
export function matchesSearch(engine: Engine, table: 'contacts' | 'companies', query: string): Expression<SqlBool> {
  const terms = searchTerms(query);
  if (terms.length === 0) return sql<boolean>`1 = 1`;
  if (engine === 'postgres') {
    // The trigram index must run first: ARRAY(subquery) is computed once, up front, so the
    // planner cannot choose to walk the sort index and test LIKE on a million rows instead.
    const likes = terms.map((t) => sql<boolean>`s.search_text like ${likePattern(t)} escape '\\'`);
    return sql<boolean>`${sql.ref(`${table}.id`)} = any(array(select s.id from ${sql.table(table)} s where ${sql.join(likes, sql` and `)}))`;
  }
  const match = terms.map((t) => `"${t}"*`).join(' AND ');
  const ftsTable = sql.table(`${table}_fts`);
  return sql<boolean>`${sql.ref(`${table}.rid`)} in (select rowid from ${ftsTable} where ${ftsTable} match ${match})`;
}
