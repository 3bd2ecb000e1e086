import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/**
 * Contacts, companies, their timeline, tags and channels, custom fields, saved views, settings.
 * Search: SQLite keeps a trigram FTS5 index over `search_text` (substring search over names,
 * emails, phone digits, tags, notes); PostgreSQL a pg_trgm GIN index over the same column. On
 * SQLite the searchable tables get an INTEGER PRIMARY KEY `rid`, so the FTS rowids stay stable
 * across VACUUM; the public id stays the UUID.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  const sqlite = engine === 'sqlite';

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('custom_fields')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('options', t.json, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('custom_fields_entity_key', ['entity', 'key'])
    .execute();

  const searchable = (table: 'companies' | 'contacts') => {
    let b = db.schema.createTable(table);
    if (sqlite) b = b.addColumn('rid', 'integer', (c) => c.primaryKey()).addColumn('id', t.id, (c) => c.notNull().unique());
    else b = b.addColumn('id', t.id, (c) => c.primaryKey());
    return b;
  };

  await searchable('companies')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_sort', 'text', (c) => c.notNull())
    .addColumn('type', 'text')
    .addColumn('industry', 'text')
    .addColumn('website', 'text')
    .addColumn('phones', t.json, (c) => c.notNull())
    .addColumn('emails', t.json, (c) => c.notNull())
    .addColumn('address', t.json)
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('owner_id', t.id, (c) => c.references('users.id'))
    .addColumn('custom_fields', t.json, (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('companies_name_idx').on('companies').columns(['name_sort', 'id']).execute();
  await db.schema.createIndex('companies_owner_idx').on('companies').columns(['owner_id', 'name_sort', 'id']).execute();
  await db.schema.createIndex('companies_updated_idx').on('companies').columns(['updated_at', 'id']).execute();

  await searchable('contacts')
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('name_sort', 'text', (c) => c.notNull())
    .addColumn('phones', t.json, (c) => c.notNull())
    .addColumn('emails', t.json, (c) => c.notNull())
    .addColumn('company_id', t.id, (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('position', 'text')
    .addColumn('address', t.json)
    .addColumn('birthday', 'text')
    .addColumn('source', 'text')
    .addColumn('preferences', t.json, (c) => c.notNull())
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('email_consent', t.bool, (c) => c.notNull())
    .addColumn('email_consent_at', t.timestamp)
    .addColumn('sms_consent', t.bool, (c) => c.notNull())
    .addColumn('sms_consent_at', t.timestamp)
    .addColumn('owner_id', t.id, (c) => c.references('users.id'))
    .addColumn('custom_fields', t.json, (c) => c.notNull())
    .addColumn('avatar_url', 'text')
    .addColumn('last_contacted_at', t.timestamp)
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contacts_name_idx').on('contacts').columns(['name_sort', 'id']).execute();
  await db.schema.createIndex('contacts_owner_idx').on('contacts').columns(['owner_id', 'name_sort', 'id']).execute();
  await db.schema.createIndex('contacts_company_idx').on('contacts').columns(['company_id', 'name_sort', 'id']).execute();
  await db.schema.createIndex('contacts_last_contacted_idx').on('contacts').columns(['last_contacted_at', 'id']).execute();
  await db.schema.createIndex('contacts_updated_idx').on('contacts').columns(['updated_at', 'id']).execute();
  await db.schema.createIndex('contacts_created_idx').on('contacts').columns(['created_at', 'id']).execute();

  // One row per phone (E.164) and email (lower case): duplicates, import de-duplication, caller ID.
  await db.schema
    .createTable('contact_channels')
    .addColumn('contact_id', t.id, (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_channels_pk', ['contact_id', 'kind', 'value'])
    .execute();
  await db.schema
    .createIndex('contact_channels_value_idx')
    .on('contact_channels')
    .columns(['kind', 'value', 'contact_id'])
    .execute();

  // Tags carry the contact's sort name so "tag = x, sorted by name" pages straight off the index.
  await db.schema
    .createTable('contact_tags')
    .addColumn('contact_id', t.id, (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('name_sort', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_tags_pk', ['contact_id', 'tag'])
    .execute();
  await db.schema.createIndex('contact_tags_tag_idx').on('contact_tags').columns(['tag', 'name_sort', 'contact_id']).execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id').onDelete('cascade'))
    .addColumn('company_id', t.id, (c) => c.references('companies.id').onDelete('cascade'))
    .addColumn('deal_id', t.id)
    .addColumn('subject', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('direction', 'text')
    .addColumn('duration_sec', 'integer')
    .addColumn('outcome', 'text')
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('author_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('pinned', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activities_contact_idx').on('activities').columns(['contact_id', 'occurred_at', 'id']).execute();
  await db.schema.createIndex('activities_company_idx').on('activities').columns(['company_id', 'occurred_at', 'id']).execute();

  await db.schema
    .createTable('saved_views')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('owner_id', t.id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('shared', t.bool, (c) => c.notNull())
    .addColumn('filters', t.json, (c) => c.notNull())
    .addColumn('columns', t.json, (c) => c.notNull())
    .addColumn('sort', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('saved_views_owner_idx').on('saved_views').columns(['entity', 'owner_id']).execute();

  if (sqlite) {
    for (const table of ['contacts', 'companies']) {
      await sql
        .raw(
          `create virtual table ${table}_fts using fts5(search_text, content='${table}', content_rowid='rid', tokenize='trigram remove_diacritics 1')`,
        )
        .execute(db);
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
  } else {
    // The extension lives in public so every schema (and test schema) shares one copy.
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    for (const table of ['contacts', 'companies']) {
      await sql.raw(`create index ${table}_search_idx on ${table} using gin (search_text public.gin_trgm_ops)`).execute(db);
    }
  }
}
