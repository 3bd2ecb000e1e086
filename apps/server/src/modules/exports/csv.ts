/**
 * CSV cells that a spreadsheet would run as a formula (OWASP "CSV injection": a leading `=`, `+`,
 * `-`, `@`, tab or carriage return) get a leading `'`, which makes Excel and LibreOffice keep them
 * as text. That includes E.164 phones (`+380…`): unprefixed, Excel would turn them into numbers
 * and drop the `+`; with the prefix they stay readable, and Spilno's import strips it again.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 line, CRLF-terminated, with every cell neutralised and quoted when it needs to be. */
export function csvLine(cells: readonly string[]): string {
  return `${cells
    .map((raw) => {
      const cell = neutralise(raw);
      return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    })
    .join(',')}\r\n`;
}

/** Excel only reads a CSV as UTF-8 when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';
