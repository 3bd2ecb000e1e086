import ExcelJS from 'exceljs';
import { AppError } from '../../http/errors.ts';

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  // Phone numbers typed into Excel become numbers; String() keeps every digit of them.
  if (typeof v === 'number') return String(v);
  return cell.text ?? '';
}

/** The first worksheet as rows of strings. */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid', 'The file looks like an Excel workbook but cannot be read.', [
      { path: 'file', message: 'Unreadable XLSX' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)).trim());
    if (cells.some(Boolean)) rows.push(cells);
  });
  return rows;
}
