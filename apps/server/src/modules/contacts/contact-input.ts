import type { Channel, Contact, contactUpdate } from '@spilno/schema';
import type { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { normalizePhone } from '../../lib/phones.ts';
import { assertCanAssign } from '../../lib/visibility.ts';
import { validateCustomValues } from '../custom-fields/custom-fields.service.ts';
import { getSettings } from '../settings/settings.service.ts';

type Patch = z.output<typeof contactUpdate>;

/** Phones in any typed format → E.164, read in the company's default region; duplicates dropped. */
export async function normalizePhones(ctx: Ctx, phones: Channel[], path = 'phones'): Promise<Channel[]> {
  const { defaultPhoneRegion } = await getSettings(ctx.db);
  const errors: FieldError[] = [];
  const seen = new Map<string, Channel>();
  phones.forEach((p, i) => {
    const phone = normalizePhone(p.value, defaultPhoneRegion);
    if (!phone) errors.push({ path: `${path}.${i}.value`, message: `"${p.value}" is not a valid phone number` });
    else if (!seen.has(phone.e164)) seen.set(phone.e164, { value: phone.e164, label: p.label });
  });
  if (errors.length) throw new AppError('invalid', 'Some phone numbers are not valid.', errors);
  return [...seen.values()];
}

export const uniqueEmails = (emails: Channel[]): Channel[] => [...new Map(emails.map((e) => [e.value, e])).values()];

/** Checks what the schema cannot: phones, that the company and owner exist, custom fields, and who may assign. */
export async function checkContactPatch(ctx: Ctx, patch: Patch): Promise<Patch> {
  const out: Patch = { ...patch };
  if (patch.phones) out.phones = await normalizePhones(ctx, patch.phones);
  if (patch.emails) out.emails = uniqueEmails(patch.emails);
  if (patch.tags) out.tags = [...new Set(patch.tags)];
  if (patch.companyId) {
    const company = await ctx.db.selectFrom('companies').select('id').where('id', '=', patch.companyId).executeTakeFirst();
    if (!company)
      throw new AppError('invalid', 'This company does not exist.', [{ path: 'companyId', message: 'Unknown company' }]);
  }
  if (patch.ownerId !== undefined) {
    assertCanAssign(ctx, 'contacts', patch.ownerId);
    if (patch.ownerId) await assertActiveUser(ctx, patch.ownerId);
  }
  if (patch.customFields) out.customFields = await validateCustomValues(ctx.db, 'contact', patch.customFields);
  return out;
}

export async function assertActiveUser(ctx: Ctx, userId: string, path = 'ownerId'): Promise<void> {
  const user = await ctx.db.selectFrom('users').select('status').where('id', '=', userId).executeTakeFirst();
  if (user?.status !== 'active')
    throw new AppError('invalid', 'The owner must be an active user.', [{ path, message: 'Not an active user' }]);
}

/** Consent dates move only when the consent itself changes. */
export function consentDates(before: Contact | null, after: { emailConsent: boolean; smsConsent: boolean }, at: string) {
  const since = (given: boolean, was: boolean | undefined, wasAt: string | null | undefined) =>
    given ? (was ? (wasAt ?? at) : at) : null;
  return {
    email_consent_at: since(after.emailConsent, before?.emailConsent, before?.emailConsentAt),
    sms_consent_at: since(after.smsConsent, before?.smsConsent, before?.smsConsentAt),
  };
}
