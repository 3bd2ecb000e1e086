import { PassThrough, Readable } from 'node:stream';
import type { Company, Contact, companyExportQuery, contactExportQuery } from '@spilno/schema';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { givingTurns } from '../../lib/turns.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { iterateCompanies } from '../companies/companies.repo.ts';
import { iterateContacts } from '../contacts/contacts.repo.ts';
import { type Column, companyColumns, contactColumns } from './columns.ts';
import { csvLine, UTF8_BOM } from './csv.ts';
import { contactToVcard } from './vcard-writer.ts';

export type ExportFile = { fileName: string; contentType: string; body: Readable };
type Format = 'csv' | 'xlsx' | 'vcf';
type Done = (rows: number) => Promise<void>;

const CONTENT_TYPES: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  vcf: 'text/vcard; charset=utf-8',
};

async function* textChunks<T>(batches: AsyncIterable<T[]>, head: string, line: (row: T) => string, done: Done) {
  yield head;
  let rows = 0;
  for await (const batch of batches) {
    yield batch.map(line).join('');
    rows += batch.length;
  }
  await done(rows);
}

/** exceljs' streaming writer commits each row to the zip as it goes, so the workbook is never held whole. */
function xlsxStream<T>(batches: AsyncIterable<T[]>, sheetName: string, columns: Column<T>[], done: Done): Readable {
  const out = new PassThrough();
  (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet(sheetName);
    sheet.addRow(columns.map((c) => c.header)).commit();
    let rows = 0;
    for await (const batch of batches) {
      // Cells are written as text, which a spreadsheet never evaluates: no formula injection here.
      for (const r of batch) sheet.addRow(columns.map((c) => c.value(r))).commit();
      rows += batch.length;
    }
    sheet.commit();
    await workbook.commit();
    await done(rows);
  })().catch((err) => out.destroy(err));
  return out;
}

function build<T>(
  format: Format,
  source: AsyncIterable<T[]>,
  sheet: string,
  columns: Column<T>[],
  vcard: ((r: T) => string) | null,
  done: Done,
) {
  const batches = givingTurns(source);
  if (format === 'xlsx') return xlsxStream(batches, sheet, columns, done);
  if (format === 'vcf' && vcard) return Readable.from(textChunks(batches, '', vcard, done));
  const head = UTF8_BOM + csvLine(columns.map((c) => c.header));
  return Readable.from(textChunks(batches, head, (r) => csvLine(columns.map((c) => c.value(r))), done));
}

const customDefs = (ctx: Ctx, entity: 'contact' | 'company') =>
  ctx.db
    .selectFrom('custom_fields')
    .select(['key', 'label'])
    .where('entity', '=', entity)
    .orderBy('position')
    .orderBy('key')
    .execute();

/** One audit entry per export, once the file is complete: what was asked for and how many rows went out. */
const auditDone =
  (ctx: Ctx, entityType: string, format: Format, filter: object): Done =>
  (rows) =>
    recordAudit(ctx.db, ctx.actor, {
      action: 'export',
      entityType,
      entityId: null,
      changes: { export: [null, { format, filter, rows }] },
    });

const fileName = (what: string, format: Format) => `${what}-${new Date().toISOString().slice(0, 10)}.${format}`;

/** Streams the contacts the caller may read that match the list's filters (or a selection of ids). */
export async function exportContacts(ctx: Ctx, query: z.output<typeof contactExportQuery>): Promise<ExportFile> {
  const { format, ids, ...filter } = query;
  const columns = contactColumns(await customDefs(ctx, 'contact'));
  const done = auditDone(ctx, 'contact', format, { ...filter, ...(ids ? { ids: ids.length } : {}) });
  const body = build<Contact>(format, iterateContacts(ctx, filter, ids), 'Contacts', columns, contactToVcard, done);
  return { fileName: fileName('contacts', format), contentType: CONTENT_TYPES[format], body };
}

export async function exportCompanies(ctx: Ctx, query: z.output<typeof companyExportQuery>): Promise<ExportFile> {
  const { format, ...filter } = query;
  const columns = companyColumns(await customDefs(ctx, 'company'));
  const body = build<Company>(
    format,
    iterateCompanies(ctx, filter),
    'Companies',
    columns,
    null,
    auditDone(ctx, 'company', format, filter),
  );
  return { fileName: fileName('companies', format), contentType: CONTENT_TYPES[format], body };
}
