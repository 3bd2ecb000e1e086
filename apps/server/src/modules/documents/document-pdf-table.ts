import type { DocumentData } from '@spilno/schema';
import type { documentFormat } from './document-format.ts';
import type { Labels } from './document-labels.ts';

/** Page geometry shared by the PDF's parts, in points: A4 with 40 pt margins. */
export const M = 40;
export const W = 595.28 - 2 * M;
export const PAD = 5;
const RULE = '#d1d5db';

export type Doc = PDFKit.PDFDocument;
export const bottom = (doc: Doc) => doc.page.height - M;
export type Palette = { accent: string; headFill: string; headText: string };
type Column = {
  label: string;
  width: number;
  align: 'left' | 'right';
  cell: (l: DocumentData['lines'][number], i: number) => string;
};

export function columns(data: DocumentData, labels: Labels, fmt: ReturnType<typeof documentFormat>): Column[] {
  const fixed: Column[] = [
    { label: labels.quantity, width: 48, align: 'right', cell: (l) => fmt.quantity(l.quantity) },
    { label: labels.price, width: 72, align: 'right', cell: (l) => fmt.money(l.price) },
    // A discount column of zeros is noise; it appears only when some line has one.
    ...(data.lines.some((l) => Number(l.discount) !== 0)
      ? [
          {
            label: labels.discount,
            width: 52,
            align: 'right' as const,
            cell: (l: { discount: string }) => fmt.quantity(l.discount),
          },
        ]
      : []),
    { label: labels.vatRate, width: 46, align: 'right', cell: (l) => fmt.quantity(l.vatRate) },
    { label: labels.amount, width: 82, align: 'right', cell: (l) => fmt.money(l.total) },
  ];
  const used = 24 + fixed.reduce((s, c) => s + c.width, 0);
  return [
    { label: '#', width: 24, align: 'left', cell: (_, i) => String(i + 1) },
    { label: labels.item, width: W - used, align: 'left', cell: (l) => l.name },
    ...fixed,
  ];
}

/** Labels such as "Prezzo unitario" may wrap in a narrow column; the row grows to fit them. */
function tableHeader(doc: Doc, cols: Column[], pal: Palette, y: number): number {
  doc.font('bold').fontSize(8);
  const h = Math.max(...cols.map((c) => doc.heightOfString(c.label, { width: c.width - 2 * PAD }))) + 12;
  doc.rect(M, y, W, h).fill(pal.headFill);
  doc.font('bold').fontSize(8).fillColor(pal.headText);
  let x = M;
  for (const c of cols) {
    doc.text(c.label, x + PAD, y + 6, { width: c.width - 2 * PAD, align: c.align });
    x += c.width;
  }
  return y + h;
}

/** Rows wrap long names and carry on to a new page, where the header row is repeated. */
export function table(doc: Doc, data: DocumentData, cols: Column[], pal: Palette, top: number): number {
  let y = tableHeader(doc, cols, pal, top);
  const nameCol = cols[1] as Column;
  data.lines.forEach((line, i) => {
    doc.font('regular').fontSize(9);
    const h = Math.max(doc.heightOfString(line.name, { width: nameCol.width - 2 * PAD }), 11) + 2 * PAD;
    if (y + h > bottom(doc)) {
      doc.addPage();
      y = tableHeader(doc, cols, pal, M);
      doc.font('regular').fontSize(9);
    }
    doc.fillColor('#111827');
    let x = M;
    for (const c of cols) {
      doc.text(c.cell(line, i), x + PAD, y + PAD, { width: c.width - 2 * PAD, align: c.align, lineBreak: c === nameCol });
      x += c.width;
    }
    y += h;
    doc
      .moveTo(M, y)
      .lineTo(M + W, y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  });
  return y;
}
