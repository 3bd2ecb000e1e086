import type { Settings } from '@spilno/schema';
import type { useFormState } from '../../lib/form.ts';

export type SettingsForm = ReturnType<typeof useFormState<Settings>>;

/** Fields the company form shows, so the server's errors about them appear under the inputs. */
export const FIELDS = [
  'companyName',
  'defaultPhoneRegion',
  'defaultCurrency',
  'defaultLocale',
  'legalName',
  'companyAddress',
  'taxId',
  'iban',
  'bankName',
  'companyPhone',
  'companyEmail',
  'companyLogo',
  'documentTemplate',
  'documentFooter',
  'quoteNumberFormat',
  'invoiceNumberFormat',
  'orderNumberFormat',
] as const;

const TEXT = FIELDS.filter((f) => f !== 'defaultLocale' && f !== 'companyLogo' && f !== 'documentTemplate');

/** The PATCH body: every field trimmed; codes in capitals as the server stores them. */
export function toPatch(v: Settings) {
  const text = Object.fromEntries(TEXT.map((f) => [f, v[f].trim()]));
  return {
    ...text,
    defaultPhoneRegion: v.defaultPhoneRegion.trim().toUpperCase(),
    defaultCurrency: v.defaultCurrency.trim().toUpperCase(),
    defaultLocale: v.defaultLocale,
    companyLogo: v.companyLogo,
    documentTemplate: v.documentTemplate,
  };
}
