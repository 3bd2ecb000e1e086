import type { Channel, Contact, ContactCreate } from '@spilno/schema';
import { type AddressValues, addressBody, addressValues } from '../../lib/address.ts';
import type { CustomValues } from '../custom-fields/CustomFieldInputs.tsx';

export type ContactFormValues = {
  firstName: string;
  lastName: string;
  phones: Channel[];
  emails: Channel[];
  companyId: string | null;
  position: string;
  tags: string[];
  ownerId: string | null;
  birthday: string;
  source: string | null;
  address: AddressValues;
  channel: string | null;
  language: string | null;
  preferenceNotes: string;
  emailConsent: boolean;
  smsConsent: boolean;
  customFields: CustomValues;
};

export function formValues(c: Contact | undefined, ownerId: string): ContactFormValues {
  return {
    firstName: c?.firstName ?? '',
    lastName: c?.lastName ?? '',
    phones: c?.phones ?? [{ value: '', label: 'mobile' }],
    emails: c?.emails ?? [{ value: '', label: 'work' }],
    companyId: c?.companyId ?? null,
    position: c?.position ?? '',
    tags: c?.tags ?? [],
    ownerId: c ? c.ownerId : ownerId,
    birthday: c?.birthday ?? '',
    source: c?.source ?? null,
    address: addressValues(c?.address),
    channel: c?.preferences.channel ?? null,
    language: c?.preferences.language ?? null,
    preferenceNotes: c?.preferences.notes ?? '',
    emailConsent: c?.emailConsent ?? false,
    smsConsent: c?.smsConsent ?? false,
    customFields: (c?.customFields as CustomValues | undefined) ?? {},
  };
}

const filled = (channels: Channel[]) =>
  channels.filter((c) => c.value.trim()).map((c) => ({ value: c.value.trim(), label: c.label }));
const orNull = (s: string) => s.trim() || null;

/** The API body; empty rows and blank fields are left out rather than sent as empty strings. */
export function toBody(v: ContactFormValues): ContactCreate {
  const preferences = Object.fromEntries(
    Object.entries({ channel: v.channel, language: v.language, notes: orNull(v.preferenceNotes) }).filter(([, x]) => x),
  );
  return {
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    phones: filled(v.phones),
    emails: filled(v.emails),
    companyId: v.companyId,
    position: orNull(v.position),
    tags: v.tags,
    ownerId: v.ownerId,
    birthday: v.birthday || null,
    source: v.source,
    address: addressBody(v.address),
    preferences,
    emailConsent: v.emailConsent,
    smsConsent: v.smsConsent,
    customFields: v.customFields,
  };
}
