import type { Locale } from '@spilno/schema';

/** Intl locales per document language; English documents use British order (24 November 2026). */
const INTL: Record<Locale, string> = { en: 'en-GB', uk: 'uk-UA', ru: 'ru-RU', it: 'it-IT' };

/**
 * Formats decimal strings as they are: Intl takes the string itself (no float on the way),
 * so "1234567.89" prints exactly, with the language's grouping and decimal comma or point.
 */
export function documentFormat(language: Locale) {
  const locale = INTL[language];
  const money = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const asNumber = (decimal: string) => decimal as unknown as number;
  return {
    money: (decimal: string) => money.format(asNumber(decimal)),
    quantity: (decimal: string) => plain.format(asNumber(decimal)),
    date: (iso: string) => date.format(new Date(iso)),
  };
}
