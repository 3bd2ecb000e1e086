import { phoneSearchForms } from '../../lib/phones.ts';
import { buildSearchText } from '../../lib/search-text.ts';

export type ContactText = {
  firstName: string;
  lastName: string;
  position?: string | null;
  companyName?: string | null;
  emails: { value: string }[];
  phones: { value: string }[];
  tags: string[];
  notes?: string | null;
};

/** What the contact list's search looks through; the bench generator builds it the same way. */
export function contactSearchText(c: ContactText): string {
  return buildSearchText(
    [c.firstName, c.lastName, c.companyName, c.position, ...c.emails.map((e) => e.value), ...c.tags, c.notes],
    c.phones.flatMap((p) => phoneSearchForms(p.value)),
  );
}

/** Sorting "by name" sorts by last name, then first name, as address books do. */
export function contactNameSort(c: { firstName: string; lastName: string }): string {
  return `${c.lastName} ${c.firstName}`.trim().toLowerCase();
}
