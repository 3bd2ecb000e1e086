import { phoneSearchForms } from '../../lib/phones.ts';
import { buildSearchText } from '../../lib/search-text.ts';

export type CompanyText = {
  name: string;
  website: string | null;
  phones: { value: string }[];
  emails: { value: string }[];
  tags: string[];
};

/** What the company list's search looks through; the bench generator builds it the same way. */
export function companySearchText(c: CompanyText): string {
  return buildSearchText(
    [c.name, c.website, ...c.emails.map((e) => e.value), ...c.tags],
    c.phones.flatMap((p) => phoneSearchForms(p.value)),
  );
}

/** Also how companies are found by name (imports, lead conversion). */
export const companyNameSort = (name: string): string => name.trim().toLowerCase();
