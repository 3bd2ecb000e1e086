import type { Channel, Contact, CustomField, contactUpdate } from '@spilno/schema';
import type { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { normalizePhone } from '../../lib/phones.ts';
import { assertCanAssign } from '../../lib/visibility.ts';
import { checkCustomValues, listCustomFields } from '../custom-fields/custom-fields.service.ts';
import { getSettings } from '../settings/settings.service.ts';

type Patch = z.output<typeof contactUpdate>;

/** Phones in any typed format → E.164, read in the company's default region; duplicates dropped. */
export async function normalizePhones(ctx: Ctx, phones: Channel[], path = 'phones'): Promise<Channel[]> {
  return normalizePhonesIn((await getSettings(ctx.db)).defaultPhoneRegion, phones, path);
}

function normalizePhonesIn(region: string, phones: Channel[], path: string): Channel[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, Channel>();
  phones.forEach((p, i) => {
    const phone = normalizePhone(p.value, region);
    if (!phone) errors.push({ path: `${path}.${i}.value`, message: `"${p.value}" is not a valid phone number` });
    else if (!seen.has(phone.e164)) seen.set(phone.e164, { value: phone.e164, label: p.label });
  });
  if (errors.length) throw new AppError('invalid', 'Some phone numbers are not valid.', errors);
  return [...seen.values()];
}

export const uniqueEmails = (emails: Channel[]): Channel[] => [...new Map(emails.map((e) => [e.value, e])).values()];

/**
 * What checking a contact reads from the database, each read once: an import checks a batch of
 * thousands of rows against one set of lookups rather than asking again for every row.
 */
export class ContactLookups {
  #region?: Promise<string>;
  #fields?: Promise<Map<string, CustomField>>;
  readonly #companies = new Set<string>();
  readonly #activeUsers = new Set<string>();

  constructor(private readonly ctx: Ctx) {}

  phoneRegion(): Promise<string> {
    this.#region ??= getSettings(this.ctx.db).then((s) => s.defaultPhoneRegion);
    return this.#region;
  }

  customFields(): Promise<Map<string, CustomField>> {
    this.#fields ??= listCustomFields(this.ctx.db, 'contact').then((fields) => new Map(fields.map((f) => [f.key, f])));
    return this.#fields;
  }

  async assertCompany(id: string): Promise<void> {
    if (this.#companies.has(id)) return;
    const company = await this.ctx.db.selectFrom('companies').select('id').where('id', '=', id).executeTakeFirst();
    if (!company)
      throw new AppError('invalid', 'This company does not exist.', [{ path: 'companyId', message: 'Unknown company' }]);
    this.#companies.add(id);
  }

  async assertActiveUser(id: string): Promise<void> {
    if (this.#activeUsers.has(id)) return;
    await assertActiveUser(this.ctx, id);
    this.#activeUsers.add(id);
  }
}

/** Checks what the schema cannot: phones, that the company and owner exist, custom fields, and who may assign. */
export async function checkContactPatch(ctx: Ctx, patch: Patch, lookups = new ContactLookups(ctx)): Promise<Patch> {
  const out: Patch = { ...patch };
  if (patch.phones) out.phones = normalizePhonesIn(await lookups.phoneRegion(), patch.phones, 'phones');
  if (patch.emails) out.emails = uniqueEmails(patch.emails);
  if (patch.tags) out.tags = [...new Set(patch.tags)];
  if (patch.companyId) await lookups.assertCompany(patch.companyId);
  if (patch.ownerId !== undefined) {
    assertCanAssign(ctx, 'contacts', patch.ownerId);
    if (patch.ownerId) await lookups.assertActiveUser(patch.ownerId);
  }
  if (patch.customFields && Object.keys(patch.customFields).length)
    out.customFields = checkCustomValues(await lookups.customFields(), patch.customFields);
  else if (patch.customFields) out.customFields = {};
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
