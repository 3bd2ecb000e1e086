import type { Lead, LeadCreate } from '@spilno/schema';
import { fromLocalInput, toLocalInput } from '../sales/dates.ts';
import type { LeadUpdate } from './leads.api.ts';

export type LeadFormValues = {
  name: string;
  phone: string;
  email: string;
  companyName: string;
  interest: string;
  source: string;
  rating: string;
  status: string;
  ownerId: string;
  nextActionAt: string;
  notes: string;
};
export const LEAD_FORM_FIELDS = [
  'name',
  'phone',
  'email',
  'companyName',
  'interest',
  'source',
  'rating',
  'status',
  'ownerId',
  'nextActionAt',
  'notes',
] as const satisfies readonly (keyof LeadFormValues)[];

export function leadFormValues(lead: Lead | undefined, me: string): LeadFormValues {
  return {
    name: lead?.name ?? '',
    phone: lead?.phone ?? '',
    email: lead?.email ?? '',
    companyName: lead?.companyName ?? '',
    interest: lead?.interest ?? '',
    source: lead?.source ?? '',
    rating: lead?.rating ?? '',
    status: lead?.status ?? 'new',
    ownerId: lead ? (lead.ownerId ?? '') : me,
    nextActionAt: toLocalInput(lead?.nextActionAt),
    notes: lead?.notes ?? '',
  };
}

/** The form as the API takes it: trimmed, empty fields as null. */
function normalized(v: LeadFormValues) {
  const text = (s: string) => s.trim() || null;
  return {
    name: v.name.trim(),
    phone: text(v.phone),
    email: text(v.email),
    companyName: text(v.companyName),
    interest: text(v.interest),
    source: (v.source || null) as Lead['source'],
    rating: (v.rating || null) as Lead['rating'],
    status: v.status as Exclude<Lead['status'], 'converted'>,
    ownerId: v.ownerId || null,
    nextActionAt: fromLocalInput(v.nextActionAt),
    notes: text(v.notes),
  };
}

export function createBody(v: LeadFormValues): LeadCreate {
  return Object.fromEntries(Object.entries(normalized(v)).filter(([, x]) => x !== null)) as LeadCreate;
}

/** Only what changed, so an edit does not overwrite what someone else changed meanwhile. */
export function updatePatch(v: LeadFormValues, lead: Lead): LeadUpdate {
  const next = normalized(v);
  const before = normalized(leadFormValues(lead, ''));
  return Object.fromEntries(Object.entries(next).filter(([k, x]) => x !== before[k as keyof typeof before])) as LeadUpdate;
}
