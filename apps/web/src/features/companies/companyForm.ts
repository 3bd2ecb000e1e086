import type { Channel, Company, CompanyCreate } from '@spilno/schema';
import { type AddressValues, addressBody, addressValues } from '../../lib/address.ts';
import type { CustomValues } from '../custom-fields/CustomFieldInputs.tsx';

export type CompanyFormValues = {
  name: string;
  type: Company['type'];
  industry: Company['industry'];
  website: string;
  phones: Channel[];
  emails: Channel[];
  address: AddressValues;
  tags: string[];
  ownerId: string | null;
  customFields: CustomValues;
};

export function companyValues(c: Company | undefined, ownerId: string): CompanyFormValues {
  return {
    name: c?.name ?? '',
    type: c?.type ?? null,
    industry: c?.industry ?? null,
    website: c?.website ?? '',
    phones: c?.phones ?? [{ value: '', label: 'work' }],
    emails: c?.emails ?? [{ value: '', label: 'work' }],
    address: addressValues(c?.address),
    tags: c?.tags ?? [],
    ownerId: c ? c.ownerId : ownerId,
    customFields: (c?.customFields ?? {}) as CustomValues,
  };
}

export function toCompanyBody(v: CompanyFormValues): CompanyCreate {
  return {
    ...v,
    name: v.name.trim(),
    website: v.website.trim() || null,
    phones: v.phones.filter((p) => p.value.trim()),
    emails: v.emails.filter((p) => p.value.trim()),
    address: addressBody(v.address),
  };
}
