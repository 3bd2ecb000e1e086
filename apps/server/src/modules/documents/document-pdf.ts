import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocumentData, DocumentKind } from '@spilno/schema';
import PDFDocument from 'pdfkit';
import { documentFormat } from './document-format.ts';
import { type Labels, labelsFor, titleOf } from './document-labels.ts';
import { bottom, columns, type Doc, M, PAD, type Palette, table, W } from './document-pdf-table.ts';

/** What a file is rendered from: the frozen data, never the live order. */
export type Printable = { kind: DocumentKind; number: string; issuedAt: string; data: DocumentData; logo: string | null };

// PDF's standard fonts have no Cyrillic; DejaVu Sans (from an npm package, so no system fonts
// are needed) covers Cyrillic and Italian accents. pdfkit embeds only the glyphs used.
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = { regular: join(FONT_DIR, 'DejaVuSans.ttf'), bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf') };

const PALETTES = {
  classic: { accent: '#111827', headFill: '#f3f4f6', headText: '#111827' },
  modern: { accent: '#1d4ed8', headFill: '#1d4ed8', headText: '#ffffff' },
} as const;
const GRAY = '#4b5563';

type Fmt = ReturnType<typeof documentFormat>;

export function renderPdf(p: Printable): Promise<Buffer> {
  const labels = labelsFor(p.data.language);
  const title = titleOf(p.kind, p.number, p.data.language);
  const doc = new PDFDocument({
    size: 'A4',
    margin: M,
    font: FONTS.regular,
    bufferPages: true,
    info: { Title: title, Author: p.data.seller.name },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pal = PALETTES[p.data.template];
  const fmt = documentFormat(p.data.language);
  let y = header(doc, p, labels, pal);
  doc.font('bold').fontSize(16).fillColor(pal.accent).text(title, M, y, { width: W });
  doc
    .font('regular')
    .fontSize(9.5)
    .fillColor(GRAY)
    .text(`${labels.dated} ${fmt.date(p.issuedAt)}`);
  y = customer(doc, p.data.customer, labels, doc.y + 16);
  y = table(doc, p.data, columns(p.data, labels, fmt), pal, y + 16);
  y = totals(doc, p.data, labels, fmt, pal, y + 10);
  if (p.data.footer)
    doc
      .font('regular')
      .fontSize(8)
      .fillColor(GRAY)
      .text(p.data.footer, M, y + 24, { width: W });
  pageNumbers(doc, p.number);
  doc.end();
  return done;
}

/** Pages of a long invoice carry its number and their place, in case they get separated. */
function pageNumbers(doc: Doc, number: string) {
  const { start, count } = doc.bufferedPageRange();
  if (count < 2) return;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing below the margin would otherwise start a new page
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor(GRAY)
      .text(`${number} · ${i + 1} / ${count}`, M, doc.page.height - M + 14, { width: W, align: 'right', lineBreak: false });
  }
}

/** Logo on the left, the company's requisites on the right; returns where the next block starts. */
function header(doc: Doc, p: Printable, labels: Labels, pal: Palette): number {
  let logoBottom = M;
  if (p.logo) {
    try {
      doc.image(p.logo, M, M, { fit: [150, 60] });
      logoBottom = M + 60;
    } catch {
      // An image pdfkit cannot decode is left out rather than making the invoice unavailable.
    }
  }
  const s = p.data.seller;
  const x = M + W / 2;
  const w = W / 2;
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(pal.accent)
    .text(s.legalName || s.name, x, M, { width: w, align: 'right' });
  const lines = [
    s.address,
    s.taxId && `${labels.taxId}: ${s.taxId}`,
    s.iban && `${labels.iban}: ${s.iban}`,
    s.bank && `${labels.bank}: ${s.bank}`,
    s.phone && `${labels.phone}: ${s.phone}`,
    s.email && `${labels.email}: ${s.email}`,
  ].filter(Boolean);
  doc.font('regular').fontSize(8.5).fillColor(GRAY);
  for (const line of lines) doc.text(line, x, doc.y, { width: w, align: 'right' });
  return Math.max(doc.y, logoBottom) + 24;
}

function customer(doc: Doc, c: DocumentData['customer'], labels: Labels, y: number): number {
  doc.font('regular').fontSize(8).fillColor(GRAY).text(labels.customer.toUpperCase(), M, y, { characterSpacing: 0.5 });
  doc.font('bold').fontSize(11).fillColor('#111827').text(c.name, { width: W });
  doc.font('regular').fontSize(9).fillColor(GRAY);
  for (const line of [c.companyName, c.address, c.phone, c.email]) if (line) doc.text(line, { width: W });
  return doc.y;
}

function totals(doc: Doc, data: DocumentData, labels: Labels, fmt: Fmt, pal: Palette, top: number): number {
  let y = top;
  if (y + 70 > bottom(doc)) {
    doc.addPage();
    y = M;
  }
  const w = 240;
  const x = M + W - w;
  const rows = [
    [labels.subtotal, data.subtotal, false],
    [labels.vat, data.vat, false],
    [labels.total, data.total, true],
  ] as const;
  for (const [label, amount, strong] of rows) {
    doc
      .font(strong ? 'bold' : 'regular')
      .fontSize(strong ? 11 : 9.5)
      .fillColor(strong ? pal.accent : '#111827');
    doc.text(label, x, y, { width: w / 2, lineBreak: false });
    doc.text(`${fmt.money(amount)} ${data.currency}`, x + w / 2, y, { width: w / 2 - PAD, align: 'right', lineBreak: false });
    y += strong ? 18 : 15;
  }
  return y;
}
