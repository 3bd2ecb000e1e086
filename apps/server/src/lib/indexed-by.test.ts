import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { IndexedBy } from './indexed-by.ts';

type Tables = { contacts: { rid: number; id: string; name_sort: string }; contact_tags: { contact_id: string; tag: string } };

describe('IndexedBy', () => {
  it('names the index on the FROM table only, and SQLite uses it', () => {
    const sqlite = new SQLite(':memory:');
    sqlite.exec(`create table contacts (rid integer primary key, id text, name_sort text, wide text);
      create index contacts_keys on contacts (rid, name_sort, id);
      create table contact_tags (contact_id text, tag text)`);
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
    const query = db
      .selectFrom('contacts')
      .select('contacts.id')
      .where('contacts.rid', 'in', [1, 2])
      .where(({ exists, selectFrom }) =>
        exists(selectFrom('contact_tags').select('contact_tags.tag').whereRef('contact_tags.contact_id', '=', 'contacts.id')),
      )
      .orderBy('contacts.name_sort')
      .withPlugin(new IndexedBy('contacts', 'contacts_keys'))
      .compile();
    expect(query.sql).toContain('from "contacts" indexed by "contacts_keys" where "contacts"."rid" in');
    expect(query.sql).toContain('from "contact_tags" where "contact_tags"."contact_id" = "contacts"."id"');
    const plan = sqlite.prepare(`explain query plan ${query.sql}`).all(...(query.parameters as number[]));
    expect(plan.map((r) => (r as { detail: string }).detail)).toContain(
      'SEARCH contacts USING COVERING INDEX contacts_keys (rid=?)',
    );
  });
});
