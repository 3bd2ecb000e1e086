import type { Company, Contact } from '@spilno/schema';

export type Column<T> = { header: string; value: (row: T) => string };
type CustomDef = { key: string; label: string };

const joined = (values: string[]) => values.join(' ::: ');
const phonesLabelled = (c: { phones: Contact['phones'] }, label: string) =>
  joined(
    c.phones
      .filter((p) => (label === 'other' ? !['mobile', 'work', 'home'].includes(p.label) : p.label === label))
      .map((p) => p.value),
  );
const custom = (defs: CustomDef[]) =>
  defs.map(
    (d): Column<{ customFields: Record<string, unknown> }> => ({
      header: d.label,
      value: (r) => (r.customFields[d.key] === undefined || r.customFields[d.key] === null ? '' : String(r.customFields[d.key])),
    }),
  );
const address = <T extends { address: Contact['address'] }>(): Column<T>[] => [
  { header: 'Street', value: (r) => r.address?.street ?? '' },
  { header: 'City', value: (r) => r.address?.city ?? '' },
  { header: 'Region', value: (r) => r.address?.region ?? '' },
  { header: 'Postal Code', value: (r) => r.address?.postalCode ?? '' },
  { header: 'Country', value: (r) => r.address?.country ?? '' },
];

/** Header names Spilno's own import (and Google's and Outlook's) recognise, so an export imports back as is. */
export function contactColumns(defs: CustomDef[]): Column<Contact>[] {
  return [
    { header: 'First Name', value: (c) => c.firstName },
    { header: 'Last Name', value: (c) => c.lastName },
    { header: 'Company', value: (c) => c.companyName ?? '' },
    { header: 'Job Title', value: (c) => c.position ?? '' },
    { header: 'Mobile Phone', value: (c) => phonesLabelled(c, 'mobile') },
    { header: 'Work Phone', value: (c) => phonesLabelled(c, 'work') },
    { header: 'Home Phone', value: (c) => phonesLabelled(c, 'home') },
    { header: 'Other Phone', value: (c) => phonesLabelled(c, 'other') },
    { header: 'Email', value: (c) => joined(c.emails.map((e) => e.value)) },
    { header: 'Tags', value: (c) => c.tags.join(', ') },
    { header: 'Source', value: (c) => c.source ?? '' },
    { header: 'Birthday', value: (c) => c.birthday ?? '' },
    ...address<Contact>(),
    { header: 'Notes', value: (c) => c.preferences.notes ?? '' },
    ...custom(defs),
    { header: 'Created At', value: (c) => c.createdAt },
    { header: 'ID', value: (c) => c.id },
  ];
}

export function companyColumns(defs: CustomDef[]): Column<Company>[] {
  return [
    { header: 'Name', value: (c) => c.name },
    { header: 'Type', value: (c) => c.type ?? '' },
    { header: 'Industry', value: (c) => c.industry ?? '' },
    { header: 'Website', value: (c) => c.website ?? '' },
    { header: 'Phone', value: (c) => joined(c.phones.map((p) => p.value)) },
    { header: 'Email', value: (c) => joined(c.emails.map((e) => e.value)) },
    { header: 'Tags', value: (c) => c.tags.join(', ') },
    ...address<Company>(),
    ...custom(defs),
    { header: 'Created At', value: (c) => c.createdAt },
    { header: 'ID', value: (c) => c.id },
  ];
}
