import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';

import { contactFilter } from './contacts.ts';
import { COMPANY_TYPES, IMPORT_FIELDS, INDUSTRIES } from './values.ts';

export const IMPORT_ENTITIES = ['contacts', 'companies'] as const;
export const IMPORT_FORMATS = ['csv', 'xlsx', 'vcard'] as const;
export const IMPORT_STATUSES = ['pending', 'running', 'completed', 'failed', 'undoing', 'undone'] as const;
export const DEDUPE_MODES = ['update', 'skip'] as const;
export const ROW_OUTCOMES = ['create', 'update', 'skip', 'fail'] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number] | `custom.${string}`;

const importField = z.union([
  z.enum(IMPORT_FIELDS),
  z.string().regex(/^custom\.[a-z][a-z0-9_]{0,59}$/),
]) as z.ZodType<ImportField>;

/** A column's target; a phone or email column may take its label from another column (`Phone 1 - Type`). */
export const columnMapping = z.strictObject({
  field: importField,
  label: z.string().trim().max(40).optional(),
  labelColumn: z.string().max(200).optional(),
});
export type ColumnMapping = z.infer<typeof columnMapping>;

/** Column name -> target; a bare field name is short for `{ field }`. */
export const importMapping = z.record(
  z.string().max(200),
  z.union([importField.transform((field) => ({ field })), columnMapping]),
);
export type ImportMapping = Record<string, ColumnMapping>;

export const importCounts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCounts>;

const fieldError = z.object({ field: z.string().nullable(), message: z.string() });

export const previewRow = z.object({
  rowNumber: z.number().int(),
  outcome: z.enum(ROW_OUTCOMES),
  values: z.record(z.string(), z.unknown()),
  errors: z.array(fieldError),
});
export type PreviewRow = z.infer<typeof previewRow>;

export const importResource = z.object({
  id,
  entity: z.enum(IMPORT_ENTITIES),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  dedupe: z.enum(DEDUPE_MODES),
  columns: z.array(z.string()),
  mapping: z.record(z.string(), columnMapping),
  /** The first rows as they would be imported; only while the import is pending. */
  preview: z.array(previewRow).nullable(),
  progress: z.object({ processed: z.number().int(), total: z.number().int() }),
  counts: importCounts,
  error: z.string().nullable(),
  userId: id,
  startedAt: isoDateTime.nullable(),
  finishedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ImportResource = z.infer<typeof importResource>;

/** The multipart text fields of `POST /imports` besides `file`. */
export const importCreateFields = z.strictObject({
  entity: z.enum(IMPORT_ENTITIES).default('contacts'),
  dedupe: z.enum(DEDUPE_MODES).default('update'),
  mapping: importMapping.optional(),
});

export const importUpdate = z.strictObject({ mapping: importMapping.optional(), dedupe: z.enum(DEDUPE_MODES).optional() });
export const importRun = z.strictObject({ dryRun: z.boolean().default(false) });

export const importError = z.object({
  rowNumber: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
  raw: z.record(z.string(), z.unknown()),
});
export const dryRunResult = z.object({ dryRun: z.literal(true), counts: importCounts, errors: z.array(importError) });

/** The caller's own imports, or (admins, who may open anyone's) everyone's for the import history. */
export const importListQuery = listQuery.omit({ q: true }).extend({ scope: z.enum(['mine', 'all']).default('mine') });
export const importErrorsQuery = listQuery.omit({ q: true }).extend({ format: z.enum(['json', 'csv']).default('json') });

const idList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    [v]
      .flat()
      .flatMap((s) => s.split(','))
      .filter(Boolean),
  )
  .pipe(z.array(id).max(10_000));

export const contactExportQuery = contactFilter.extend({
  format: z.enum(['csv', 'xlsx', 'vcf']).default('csv'),
  ids: idList.optional(),
});
export const companyExportQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  q: z.string().trim().max(200).optional(),
  ownerId: id.optional(),
  type: z.enum(COMPANY_TYPES).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  tag: z.string().max(50).optional(),
});
