import ExcelJS from 'exceljs';
import { documentFormat } from './document-format.ts';
import { labelsFor, titleOf } from './document-labels.ts';
import type { Printable } from './document-pdf.ts';

const MONEY = '#,##0.00';
const QUANTITY = '#,##0.###';

/**
 * The same document as a workbook: requisites and customer above, the lines as real numbers
 * (so the customer's accountant can sum them), totals below. Cells hold numbers; the sheet's
 * number formats, not our strings, decide how they look in the reader's spreadsheet app.
 */
export async function renderXlsx(p: Printable): Promise<Buffer> {
  const { data } = p;
  const labels = labelsFor(data.language);
  const fmt = documentFormat(data.language);
  const book = new ExcelJS.Workbook();
  book.creator = data.seller.name;
  const sheet = book.addWorksheet(labels[p.kind].slice(0, 31));
  sheet.columns = [5, 44, 10, 14, 12, 10, 16].map((width) => ({ width }));

  sheet.addRow([titleOf(p.kind, p.number, data.language)]).font = { bold: true, size: 14 };
  sheet.addRow([`${labels.dated} ${fmt.date(p.issuedAt)}`]);
  sheet.addRow([]);
  const s = data.seller;
  const block = (label: string, lines: (string | null)[]) => {
    sheet.addRow([label, lines[0] ?? '']).getCell(1).font = { bold: true };
    for (const line of lines.slice(1)) if (line) sheet.addRow(['', line]);
    sheet.addRow([]);
  };
  block(labels.seller, [
    s.legalName || s.name,
    s.address,
    s.taxId && `${labels.taxId}: ${s.taxId}`,
    s.iban && `${labels.iban}: ${s.iban}`,
    s.bank && `${labels.bank}: ${s.bank}`,
    s.phone && `${labels.phone}: ${s.phone}`,
    s.email && `${labels.email}: ${s.email}`,
  ]);
  const c = data.customer;
  block(labels.customer, [c.name, c.companyName, c.address, c.phone, c.email]);

  const head = sheet.addRow(['#', labels.item, labels.quantity, labels.price, labels.discount, labels.vatRate, labels.amount]);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F4F6' } };
  });
  data.lines.forEach((l, i) => {
    const row = sheet.addRow([
      i + 1,
      l.name,
      Number(l.quantity),
      Number(l.price),
      Number(l.discount),
      Number(l.vatRate),
      Number(l.total),
    ]);
    row.getCell(3).numFmt = QUANTITY;
    for (const col of [4, 7]) row.getCell(col).numFmt = MONEY;
  });
  sheet.addRow([]);
  for (const [label, amount, bold] of [
    [labels.subtotal, data.subtotal, false],
    [labels.vat, data.vat, false],
    [`${labels.total}, ${data.currency}`, data.total, true],
  ] as const) {
    const row = sheet.addRow(['', '', '', '', '', label, Number(amount)]);
    row.getCell(7).numFmt = MONEY;
    row.font = { bold };
  }
  if (data.footer) {
    sheet.addRow([]);
    sheet.addRow(['', data.footer]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
