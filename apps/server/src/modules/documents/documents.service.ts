import type { Document, DocumentData, documentCreate, documentSend } from '@spilno/schema';
import type { z } from 'zod';
import { parseJson } from '../../db/connection.ts';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Mailer } from '../../integrations/email/mailer.ts';
import { formatNumber, nextInSequence } from '../../lib/counters.ts';
import { newId } from '../../lib/ids.ts';
import { toMinor } from '../../lib/money.ts';
import { nowIso } from '../../lib/time.ts';
import { logSystemActivity } from '../activities/activities.service.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { customerOf, dealSource, orderSource, sellerOf } from './document-data.ts';
import { labelsFor, titleOf } from './document-labels.ts';
import { type Printable, renderPdf } from './document-pdf.ts';
import { renderXlsx } from './document-xlsx.ts';
import { type DocumentRecord, findDocument, logoOf, presentDocument, saveLogo } from './documents.repo.ts';

const audited = [
  'kind',
  'number',
  'dealId',
  'orderId',
  'contactId',
  'companyId',
  'total',
  'currency',
  'sentAt',
  'sentTo',
] as const;

async function visibleRow(ctx: Ctx, id: string): Promise<DocumentRecord> {
  const row = await findDocument(ctx, id);
  if (!row) throw notFound('document');
  return row;
}

export async function getDocument(ctx: Ctx, id: string): Promise<Document> {
  return presentDocument(await visibleRow(ctx, id), true);
}

/** The timeline entry goes to the deal, contact and company the document was made for. */
const timelineOf = (d: Document) => ({
  contactId: d.contactId ?? undefined,
  companyId: d.companyId ?? undefined,
  dealId: d.dealId ?? undefined,
});

/** Freezes the source, the customer and the requisites into a numbered document. */
export async function createDocument(ctx: Ctx, input: z.output<typeof documentCreate>): Promise<Document> {
  return inTransaction(ctx, async (tx) => {
    const source = input.orderId ? await orderSource(tx, input.orderId) : await dealSource(tx, input.dealId as string);
    const settings = await getSettings(tx.db);
    const { customer, language } = await customerOf(tx, source);
    const at = nowIso();
    const year = new Date(at).getUTCFullYear();
    const format = input.kind === 'quote' ? settings.quoteNumberFormat : settings.invoiceNumberFormat;
    const seq = await nextInSequence(tx.db, format.includes('{YYYY}') ? `${input.kind}s:${year}` : `${input.kind}s`);
    const data: DocumentData = {
      language: language ?? settings.defaultLocale,
      template: settings.documentTemplate,
      seller: sellerOf(settings),
      customer,
      currency: source.currency,
      lines: source.lines,
      subtotal: source.subtotal,
      vat: source.vat,
      total: source.total,
      footer: settings.documentFooter,
      source: source.label,
    };
    const id = newId();
    await tx.db
      .insertInto('documents')
      .values({
        id,
        kind: input.kind,
        number: formatNumber(format, year, seq),
        deal_id: source.dealId,
        order_id: source.orderId,
        contact_id: source.contactId,
        company_id: source.companyId,
        currency: source.currency,
        total_minor: toMinor(source.total),
        language: data.language,
        data: JSON.stringify(data),
        logo_id: settings.companyLogo ? await saveLogo(tx.db, settings.companyLogo, at) : null,
        owner_id: tx.user.id,
        issued_at: at,
        sent_at: null,
        sent_to: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const doc = await getDocument(tx, id);
    await logSystemActivity(tx, timelineOf(doc), `${titleOf(doc.kind, doc.number, 'en')} issued: ${doc.total} ${doc.currency}`);
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'document',
      entityId: id,
      changes: diff(null, doc, audited),
    });
    return doc;
  });
}

async function printable(ctx: Ctx, row: DocumentRecord): Promise<Printable> {
  const data = parseJson<DocumentData>(row.data) as DocumentData;
  return {
    kind: row.kind as Printable['kind'],
    number: row.number,
    issuedAt: row.issued_at,
    data,
    logo: await logoOf(ctx.db, row.logo_id),
  };
}

/** File names keep to what every mail client and file system accepts. */
const fileName = (number: string, ext: string) => `${number.replace(/[^\w.-]+/g, '_')}.${ext}`;

export async function documentFile(ctx: Ctx, id: string, format: 'pdf' | 'xlsx') {
  const p = await printable(ctx, await visibleRow(ctx, id));
  return format === 'pdf'
    ? { body: await renderPdf(p), type: 'application/pdf', name: fileName(p.number, 'pdf') }
    : {
        body: await renderXlsx(p),
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        name: fileName(p.number, 'xlsx'),
      };
}

/**
 * Mails the PDF, then records that it went. The mail goes out before the transaction, not in it:
 * on SQLite a transaction held open over an SMTP conversation would stall every other write.
 */
export async function sendDocument(
  ctx: Ctx,
  mailer: Mailer,
  id: string,
  input: z.output<typeof documentSend>,
): Promise<Document> {
  const row = await visibleRow(ctx, id);
  const p = await printable(ctx, row);
  const to = input.to ?? p.data.customer.email;
  if (!to) throw new AppError('invalid', 'The customer has no email; give one.', [{ path: 'to', message: 'Required' }]);
  const title = titleOf(p.kind, p.number, p.data.language);
  const company = p.data.seller.legalName || p.data.seller.name;
  const { mailBody } = labelsFor(p.data.language);
  await mailer.send({
    to,
    subject: `${title} — ${company}`,
    text: input.message ?? mailBody.replace('{document}', title).replace('{company}', company),
    attachments: [{ filename: fileName(p.number, 'pdf'), content: await renderPdf(p), contentType: 'application/pdf' }],
  });
  return inTransaction(ctx, async (tx) => {
    const before = presentDocument(row, true);
    const at = nowIso();
    await tx.db.updateTable('documents').set({ sent_at: at, sent_to: to, updated_at: at }).where('id', '=', id).execute();
    const after = await getDocument(tx, id);
    await logSystemActivity(tx, timelineOf(after), `${titleOf(after.kind, after.number, 'en')} sent to ${to}`);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'document',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return after;
  });
}
