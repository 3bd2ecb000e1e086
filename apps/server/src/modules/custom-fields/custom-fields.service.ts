import type { CustomField, customFieldCreate, customFieldUpdate } from '@spilno/schema';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parseJson } from '../../db/connection.ts';
import type { CustomFieldRow, DB } from '../../db/types.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, type FieldError, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';

type Entity = CustomField['entity'];
type Value = string | number | boolean | null;

export function presentCustomField(row: CustomFieldRow): CustomField {
  return {
    id: row.id,
    entity: row.entity as Entity,
    key: row.key,
    label: row.label,
    type: row.type as CustomField['type'],
    options: parseJson<string[]>(row.options) ?? [],
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listCustomFields(db: Kysely<DB>, entity?: Entity): Promise<CustomField[]> {
  let q = db.selectFrom('custom_fields').selectAll().orderBy('entity').orderBy('position').orderBy('label');
  if (entity) q = q.where('entity', '=', entity);
  return (await q.execute()).map(presentCustomField);
}

function checkValue(field: CustomField, value: Value): string | null {
  if (value === null || value === '') return null;
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? null : 'Expected text';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'Expected a number';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : 'Expected a date (YYYY-MM-DD)';
    case 'select':
      return typeof value === 'string' && field.options.includes(value) ? null : `One of: ${field.options.join(', ')}`;
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'Expected true or false';
  }
}

/** Checks values against the admin's definitions; empty values are dropped rather than stored. */
export async function validateCustomValues(
  db: Kysely<DB>,
  entity: Entity,
  values: Record<string, Value>,
): Promise<Record<string, Value>> {
  if (Object.keys(values).length === 0) return {};
  return checkCustomValues(new Map((await listCustomFields(db, entity)).map((f) => [f.key, f])), values);
}

/** `validateCustomValues` against definitions already read (an import reads them once per batch). */
export function checkCustomValues(fields: Map<string, CustomField>, values: Record<string, Value>): Record<string, Value> {
  const errors: FieldError[] = [];
  const clean: Record<string, Value> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = fields.get(key);
    const problem = field ? checkValue(field, value) : 'No such custom field';
    if (problem) errors.push({ path: `customFields.${key}`, message: problem });
    else if (value !== null && value !== '') clean[key] = value;
  }
  if (errors.length) throw new AppError('invalid', 'Some custom fields are not valid.', errors);
  return clean;
}

const audited = ['key', 'label', 'type', 'options', 'position'] as const;

export async function createCustomField(ctx: Ctx, input: z.output<typeof customFieldCreate>): Promise<CustomField> {
  return inTransaction(ctx, async (tx) => {
    const taken = await tx.db
      .selectFrom('custom_fields')
      .select('id')
      .where('entity', '=', input.entity)
      .where('key', '=', input.key)
      .executeTakeFirst();
    if (taken) throw new AppError('conflict', 'A field with this key exists.', [{ path: 'key', message: 'Already in use' }]);
    const at = nowIso();
    const row = { id: newId(), ...input, options: JSON.stringify(input.options), created_at: at, updated_at: at };
    await tx.db.insertInto('custom_fields').values(row).execute();
    const field = presentCustomField(row);
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'custom_field',
      entityId: row.id,
      changes: diff(null, field, audited),
    });
    return field;
  });
}

async function findField(db: Kysely<DB>, id: string): Promise<CustomField> {
  const row = await db.selectFrom('custom_fields').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('custom field');
  return presentCustomField(row);
}

export async function updateCustomField(ctx: Ctx, id: string, patch: z.output<typeof customFieldUpdate>): Promise<CustomField> {
  return inTransaction(ctx, async (tx) => {
    const before = await findField(tx.db, id);
    const after = { ...before, ...patch };
    if (after.type === 'select' && after.options.length === 0) {
      throw new AppError('invalid', 'A select needs options.', [{ path: 'options', message: 'Give at least one option' }]);
    }
    await tx.db
      .updateTable('custom_fields')
      .set({ label: after.label, options: JSON.stringify(after.options), position: after.position, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'custom_field',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return findField(tx.db, id);
  });
}

/** Deleting a definition hides its values; they stay in the records so re-creating the key brings them back. */
export async function deleteCustomField(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await findField(tx.db, id);
    await tx.db.deleteFrom('custom_fields').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'custom_field',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}
