import type { Kysely } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/**
 * Quotes and invoices. A document keeps what it printed as JSON (`data`), so its files are
 * rendered again from that and never from the live order. Logos are kept once per distinct
 * image in `document_assets` (keyed by their hash): every invoice refers to the logo it was
 * issued with without copying up to 100 KB into each row.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  const big = engine === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('document_assets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('deal_id', t.id, (c) => c.references('deals.id').onDelete('set null'))
    .addColumn('order_id', t.id, (c) => c.references('orders.id').onDelete('set null'))
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('company_id', t.id, (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('total_minor', big, (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('data', t.json, (c) => c.notNull())
    .addColumn('logo_id', 'text', (c) => c.references('document_assets.id'))
    .addColumn('owner_id', t.id, (c) => c.references('users.id'))
    .addColumn('issued_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_at', t.timestamp)
    .addColumn('sent_to', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('documents_kind_number_key', ['kind', 'number'])
    .execute();
  for (const [name, columns] of [
    ['documents_issued_idx', ['issued_at', 'id']],
    ['documents_deal_idx', ['deal_id', 'issued_at', 'id']],
    ['documents_order_idx', ['order_id', 'issued_at', 'id']],
    ['documents_contact_idx', ['contact_id', 'issued_at']],
    ['documents_company_idx', ['company_id', 'issued_at']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('documents')
      .columns([...columns])
      .execute();
  }
}
