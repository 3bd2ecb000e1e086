import { type Expression, type SqlBool, sql } from 'kysely';
import type { Engine } from '../db/connection.ts';
import { SEARCH_VECTOR } from '../db/migrations/2026-11-24-0021-search-words-postgres.ts';
import { searchTerms } from './search-text.ts';

/** The words of a term as both engines split text: at anything but a letter or digit. */
const wordsOf = (term: string) => term.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Records whose search text has every term of the query, each matching the beginning of a word;
 * a term of several words (`koval@gm`) matches them in a row, the last by its beginning, as an
 * address is written. Phone digits are indexed with all their endings, so a fragment from the
 * middle of a number matches too. SQLite asks its FTS5 word index, PostgreSQL a GIN index of
 * lexemes (migrations 0019 and 0021); both find the same records.
 */
export function matchesSearch(engine: Engine, table: 'contacts' | 'companies', query: string): Expression<SqlBool> {
  const terms = searchTerms(query).map(wordsOf);
  if (terms.length === 0) return sql<boolean>`1 = 1`;
  if (engine === 'postgres') {
    const tsquery = terms.map((words) => words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' <-> ')).join(' & ');
    // ARRAY(subquery) is computed once, up front, so the planner cannot choose to walk the sort
    // index and test every row instead of asking the word index.
    return sql<boolean>`${sql.ref(`${table}.id`)} = any(array(select s.id from ${sql.table(table)} s where ${sql.raw(SEARCH_VECTOR.replace('search_text', 's.search_text'))} @@ to_tsquery('simple', ${tsquery})))`;
  }
  const match = terms.map((words) => `"${words.join(' ')}"*`).join(' AND ');
  const ftsTable = sql.table(`${table}_fts`);
  return sql<boolean>`${sql.ref(`${table}.rid`)} in (select rowid from ${ftsTable} where ${ftsTable} match ${match})`;
}
