import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type NormalizedPhone = { e164: string; national: string };

/**
 * A phone as the user typed it (`099 152 44 82`, `+39 06 1234 5678`, `(044) 123-45-67`) read in
 * the company's default region; null when it is not a valid number there or anywhere.
 */
export function normalizePhone(raw: string, region: string): NormalizedPhone | null {
  const key = `${region}|${raw}`;
  const known = normalized.get(key);
  if (known !== undefined) return known;
  const parsed = parsePhoneNumberFromString(raw, { defaultCountry: region.toUpperCase() as CountryCode });
  const phone = parsed?.isValid() ? { e164: parsed.number, national: parsed.formatNational().replace(/\D/g, '') } : null;
  normalized.set(key, phone);
  // The E.164 form reads the same in any region, and is what gets checked next (an import maps, then validates).
  if (phone) normalized.set(`${region}|${phone.e164}`, phone);
  return phone;
}

/** Phone digits in every form a user may search by: international digits and national digits. */
export function phoneSearchForms(e164: string): string[] {
  const known = searchForms.get(e164);
  if (known) return known;
  const international = e164.replace(/\D/g, '');
  const national = parsePhoneNumberFromString(e164)?.formatNational().replace(/\D/g, '');
  const forms = national && national !== international ? [international, national] : [international];
  searchForms.set(e164, forms);
  return forms;
}

/**
 * Parsing a number costs tens of microseconds; an import of 100,000 rows reads each number
 * three times (mapping, validation, search text). Bounded, oldest entries dropped first.
 */
class Memo<V> extends Map<string, V> {
  constructor(private readonly max: number) {
    super();
  }
  override set(key: string, value: V): this {
    if (this.size >= this.max) this.delete(this.keys().next().value as string);
    return super.set(key, value);
  }
}
const normalized = new Memo<NormalizedPhone | null>(20_000);
const searchForms = new Memo<string[]>(20_000);
