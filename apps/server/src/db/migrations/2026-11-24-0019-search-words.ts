import { type Kysely, sql } from 'kysely';
import { digitEndings } from '../../lib/search-text.ts';
import type { Engine } from '../connection.ts';

const TABLES = ['contacts', 'companies'] as const;
const BATCH = 5_000;

/**
 * SQLite's search index moves from trigrams to words with prefix indexes: a trigram index holds
 * ~150 entries per contact, which made indexing most of an import's time (~250 ms per 2,000 rows)
 * and a common surname a merge of seven long lists (~45 ms at 1,000,000 contacts). Words match by
 * their beginning, so phone digits are stored with all their endings (`digitEndings`); the stored
 * search texts gain them here. PostgreSQL keeps its trigram LIKE, which finds fragments anyway: its
 * texts gain the endings as records are next written.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return;
  // What a search sorted by name reads of each match (see listContacts), ~75 MB at 1,000,000 contacts.
  await db.schema.createIndex('contacts_search_keys_idx').on('contacts').columns(['rid', 'name_sort', 'id']).execute();
  for (const table of TABLES) {
    for (const op of ['ai', 'ad', 'au']) await sql.raw(`drop trigger if exists ${table}_fts_${op}`).execute(db);
    await sql.raw(`drop table if exists ${table}_fts`).execute(db);
    await addDigitEndings(db, table);
    await sql
      .raw(
        `create virtual table ${table}_fts using fts5(search_text, content='${table}', content_rowid='rid', tokenize='unicode61 remove_diacritics 0', prefix='2 3')`,
      )
      .execute(db);
    // Merging index segments less eagerly (16 per level, default 4): a 100,000-row import into a
    // million contacts took 37.8 s instead of 40.5 s, a name search as long as before.
    await sql.raw(`insert into ${table}_fts(${table}_fts, rank) values ('automerge', 16)`).execute(db);
    await sql.raw(`insert into ${table}_fts(${table}_fts) values ('rebuild')`).execute(db);
    await sql
      .raw(`create trigger ${table}_fts_ai after insert on ${table} begin
        insert into ${table}_fts(rowid, search_text) values (new.rid, new.search_text); end`)
      .execute(db);
    await sql
      .raw(`create trigger ${table}_fts_ad after delete on ${table} begin
        insert into ${table}_fts(${table}_fts, rowid, search_text) values ('delete', old.rid, old.search_text); end`)
      .execute(db);
    await sql
      .raw(`create trigger ${table}_fts_au after update of search_text on ${table} begin
        insert into ${table}_fts(${table}_fts, rowid, search_text) values ('delete', old.rid, old.search_text);
        insert into ${table}_fts(rowid, search_text) values (new.rid, new.search_text); end`)
      .execute(db);
  }
}

async function addDigitEndings(db: Kysely<unknown>, table: string): Promise<void> {
  for (let after = 0; ; ) {
    const { rows } = await sql<{ rid: number; search_text: string }>`
      select rid, search_text from ${sql.table(table)} where rid > ${after} order by rid limit ${BATCH}`.execute(db);
    if (rows.length === 0) return;
    for (const row of rows) {
      const text = withDigitEndings(row.search_text);
      if (text !== row.search_text)
        await sql`update ${sql.table(table)} set search_text = ${text} where rid = ${row.rid}`.execute(db);
    }
    after = (rows.at(-1) as { rid: number }).rid;
  }
}

/** Phone forms were the all-digit parts at the end of a search text; they give way to their endings. */
export function withDigitEndings(searchText: string): string {
  const parts = searchText.split(' | ');
  let words = parts.length;
  while (words > 0 && /^\d+$/.test(parts[words - 1] as string)) words--;
  if (words === parts.length) return searchText;
  return [...parts.slice(0, words), digitEndings(parts.slice(words)).join(' ')].join(' | ');
}
