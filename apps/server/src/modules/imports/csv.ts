import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../http/errors.ts';

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Counts a character per non-blank line outside quotes, over the first lines of the file. */
function countsPerLine(text: string, delimiter: string, maxLines = 20): number[] {
  const counts: number[] = [];
  let quoted = false;
  let n = 0;
  let blank = true;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    if (quoted) continue;
    if (c === '\n') {
      if (!blank) counts.push(n);
      n = 0;
      blank = true;
    } else {
      if (c === delimiter) n++;
      if (c.trim()) blank = false;
    }
  }
  if (!blank) counts.push(n);
  return counts;
}

/**
 * The delimiter that splits the first lines most evenly: Excel in Ukrainian, Russian and Italian
 * locales saves `;`, others `,`, tab or `|`. A candidate scores its smallest count per line,
 * so a comma inside one line's text does not win over a semicolon present in every line.
 */
export function detectDelimiter(text: string): string {
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const score = Math.min(...countsPerLine(text, d));
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Parses CSV text into rows of strings; broken quoting is a 400 naming the line. */
export function parseCsv(text: string, delimiter: string): string[][] {
  try {
    return parse(text, {
      delimiter,
      relax_column_count: true,
      // `ТОВ "Весна"` unquoted is common in hand-made files; an unclosed quote is still an error.
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as string[][];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      throw new AppError('invalid', `The CSV file is malformed${line ? ` near line ${line}` : ''}: ${err.message}`, [
        { path: 'file', message: 'Malformed CSV' },
      ]);
    }
    throw err;
  }
}
