/**
 * One normalized text per record that search indexes (FTS5 words on SQLite, pg_trgm on
 * PostgreSQL). Normalizing here, not in the engine, makes both engines find the same records:
 * lower case, no diacritics (Italian accents), Cyrillic also spelled in Latin letters so
 * "ivan" finds "Іван", phones as bare digits (and every ending of them, see `digitEndings`) so any
 * typed format or fragment matches.
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'yu',
  я: 'ya',
  ы: 'y',
  э: 'e',
  ё: 'yo',
  ъ: '',
};
// Russian "г" is usually written "g": index that spelling too, so either finds the record.
const RUSSIAN_G: Record<string, string> = { г: 'g', и: 'i' };

/** Accents come off Latin letters only: й, ї and ё are letters of their own, not и, і and е with a mark. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00C0-\u024F]/g, (c) => c.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function transliterate(text: string, overrides: Record<string, string> = {}): string {
  let out = '';
  for (const ch of text) out += overrides[ch] ?? CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/** The Latin spellings of a normalized text that holds Cyrillic; empty when it holds none. */
export function latinSpellings(normalized: string): string[] {
  if (!/[а-яёіїєґ]/.test(normalized)) return [];
  const ukrainian = transliterate(normalized);
  const russian = transliterate(normalized, RUSSIAN_G);
  return ukrainian === russian ? [ukrainian] : [ukrainian, russian];
}

/** Shorter endings would match too much to be worth indexing. */
const MIN_ENDING = 3;

/**
 * A search matches the beginnings of words, so a number is indexed with every ending of its digits
 * too: "99-152" finds 380991524482 because "991524482" starts with "99152".
 */
export function digitEndings(numbers: string[]): string[] {
  const endings = new Set<string>();
  for (const digits of numbers) for (let i = 0; i <= digits.length - MIN_ENDING; i++) endings.add(digits.slice(i));
  return [...endings];
}

/** Joins the parts of a record into its search text; `|` keeps words of two parts from running together. */
export function buildSearchText(parts: (string | null | undefined)[], digits: string[] = []): string {
  const words = parts.filter((p): p is string => Boolean(p?.trim())).map(normalizeText);
  const text = words.join(' | ');
  return [text, ...latinSpellings(text), digitEndings(digits).join(' ')].filter(Boolean).join(' | ');
}

/** A phone-like query (`+380 99 152-44-82`, `(044) 12`) searches by its digits. */
export function searchTerms(query: string): string[] {
  const q = normalizeText(query);
  if (/^[\d\s+\-().]+$/.test(q) && /\d{2}/.test(q)) return [q.replace(/\D/g, '')];
  // A term without a letter or digit ("-", "@") cannot start a word: it is left out.
  return q
    .split(' ')
    .map((t) => t.replace(/["|]/g, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}
