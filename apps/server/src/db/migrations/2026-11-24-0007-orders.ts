import type { Kysely } from 'kysely';
import type { Engine } from '../connection.ts';
import { columnTypes } from './column-types.ts';

/**
 * Orders with line items and payments, admin-editable order statuses, and counters for the
 * sequential numbers of orders (and later quotes and invoices). Totals are stored in minor
 * units when the order is written, so lists and reports never recompute line items.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = columnTypes(engine);
  const big = engine === 'postgres' ? 'bigint' : 'integer';

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', big, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('order_statuses')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('closed', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('company_id', t.id, (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('deal_id', t.id, (c) => c.references('deals.id').onDelete('set null'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('subtotal_minor', big, (c) => c.notNull())
    .addColumn('vat_minor', big, (c) => c.notNull())
    .addColumn('total_minor', big, (c) => c.notNull())
    .addColumn('cost_minor', big, (c) => c.notNull())
    .addColumn('paid_minor', big, (c) => c.notNull())
    .addColumn('payment_method', 'text')
    .addColumn('payment_status', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('delivery_method', 'text')
    .addColumn('delivery_address', 'text')
    .addColumn('tracking_number', 'text')
    .addColumn('note', 'text')
    .addColumn('owner_id', t.id, (c) => c.references('users.id'))
    .addColumn('ordered_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  for (const [name, columns] of [
    ['orders_ordered_idx', ['ordered_at', 'id']],
    ['orders_status_idx', ['status', 'ordered_at', 'id']],
    ['orders_payment_idx', ['payment_status', 'ordered_at', 'id']],
    ['orders_owner_idx', ['owner_id', 'ordered_at', 'id']],
    ['orders_contact_idx', ['contact_id', 'ordered_at']],
    ['orders_company_idx', ['company_id', 'ordered_at']],
    ['orders_deal_idx', ['deal_id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('orders')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('order_items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('order_id', t.id, (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('product_id', t.id, (c) => c.references('products.id').onDelete('set null'))
    .addColumn('sku', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('quantity_milli', big, (c) => c.notNull())
    .addColumn('price_minor', big, (c) => c.notNull())
    .addColumn('cost_minor', big, (c) => c.notNull())
    .addColumn('discount_bp', 'integer', (c) => c.notNull())
    .addColumn('vat_bp', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('order_items_order_idx').on('order_items').columns(['order_id', 'position']).execute();
  await db.schema.createIndex('order_items_product_idx').on('order_items').columns(['product_id']).execute();

  await db.schema
    .createTable('order_payments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('order_id', t.id, (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('amount_minor', big, (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('paid_at', t.timestamp, (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('user_id', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('order_payments_order_idx').on('order_payments').columns(['order_id', 'paid_at']).execute();
}
