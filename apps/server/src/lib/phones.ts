import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type NormalizedPhone = { e164: string; national: string };

/**
 * A phone as the user typed it (`099 152 44 82`, `+39 06 1234 5678`, `(044) 123-45-67`) read in
 * the company's default region; null when it is not a valid number there or anywhere.
 */
export function normalizePhone(raw: string, region: string): NormalizedPhone | null {
  const parsed = parsePhoneNumberFromString(raw, { defaultCountry: region.toUpperCase() as CountryCode });
  if (!parsed?.isValid()) return null;
  return { e164: parsed.number, national: parsed.formatNational().replace(/\D/g, '') };
}

/** Phone digits in every form a user may search by: international digits and national digits. */
export function phoneSearchForms(e164: string): string[] {
  const international = e164.replace(/\D/g, '');
  const national = parsePhoneNumberFromString(e164)?.formatNational().replace(/\D/g, '');
  return national && national !== international ? [international, national] : [international];
}
