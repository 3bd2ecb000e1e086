import type { Kysely } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/**
 * Sales: products, pipelines with stages, deals with line items and stage history, leads.
 * Money is stored in integer minor units (cents, kopiykas) in `*_minor` columns; quantities and
 * percentages in thousandths / hundredths as integers, so sums are exact on both engines.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  const big = engine === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('products')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_sort', 'text', (c) => c.notNull())
    .addColumn('price_minor', big, (c) => c.notNull())
    .addColumn('cost_minor', big, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('vat_bp', 'integer', (c) => c.notNull())
    .addColumn('active', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('products_name_idx').on('products').columns(['name_sort', 'id']).execute();

  await db.schema
    .createTable('pipelines')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_default', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('pipeline_stages')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('pipeline_id', t.id, (c) => c.notNull().references('pipelines.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pipeline_stages_pipeline_idx')
    .on('pipeline_stages')
    .columns(['pipeline_id', 'position'])
    .execute();

  await db.schema
    .createTable('deals')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_sort', 'text', (c) => c.notNull())
    .addColumn('pipeline_id', t.id, (c) => c.notNull().references('pipelines.id'))
    .addColumn('stage_id', t.id, (c) => c.notNull().references('pipeline_stages.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('amount_minor', big, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('expected_close_date', 'text')
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('company_id', t.id, (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('source', 'text')
    .addColumn('owner_id', t.id, (c) => c.references('users.id'))
    .addColumn('close_reason', 'text')
    .addColumn('closed_at', t.timestamp)
    .addColumn('stage_entered_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // The board reads a stage's newest deals and its totals straight off this index.
  await db.schema.createIndex('deals_board_idx').on('deals').columns(['pipeline_id', 'stage_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('deals_owner_idx').on('deals').columns(['owner_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('deals_close_idx').on('deals').columns(['pipeline_id', 'expected_close_date']).execute();
  await db.schema.createIndex('deals_updated_idx').on('deals').columns(['updated_at', 'id']).execute();
  await db.schema.createIndex('deals_contact_idx').on('deals').columns(['contact_id']).execute();
  await db.schema.createIndex('deals_company_idx').on('deals').columns(['company_id']).execute();

  await db.schema
    .createTable('deal_items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('deal_id', t.id, (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('product_id', t.id, (c) => c.references('products.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('quantity_milli', big, (c) => c.notNull())
    .addColumn('price_minor', big, (c) => c.notNull())
    .addColumn('discount_bp', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deal_items_deal_idx').on('deal_items').columns(['deal_id', 'position']).execute();

  await db.schema
    .createTable('deal_stage_history')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('deal_id', t.id, (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('stage_id', t.id, (c) => c.notNull().references('pipeline_stages.id'))
    .addColumn('entered_at', t.timestamp, (c) => c.notNull())
    .addColumn('left_at', t.timestamp)
    .addColumn('user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('deal_stage_history_deal_idx')
    .on('deal_stage_history')
    .columns(['deal_id', 'entered_at'])
    .execute();

  await db.schema
    .createTable('leads')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_sort', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('company_name', 'text')
    .addColumn('interest', 'text')
    .addColumn('source', 'text')
    .addColumn('rating', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', t.id, (c) => c.references('users.id'))
    .addColumn('next_action_at', t.timestamp)
    .addColumn('notes', 'text')
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('company_id', t.id, (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('deal_id', t.id, (c) => c.references('deals.id').onDelete('set null'))
    .addColumn('converted_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('leads_status_idx').on('leads').columns(['status', 'next_action_at', 'id']).execute();
  await db.schema.createIndex('leads_owner_idx').on('leads').columns(['owner_id', 'status', 'next_action_at', 'id']).execute();
  await db.schema.createIndex('leads_created_idx').on('leads').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('leads_phone_idx').on('leads').columns(['phone']).execute();
  await db.schema.createIndex('leads_email_idx').on('leads').columns(['email']).execute();
}
