import type { ContactFilter } from '@spilno/schema';
import { apiUrl } from '../../lib/api.ts';
import type { Selection } from '../../lib/selection.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'vcf'] as const;

/** The download address for a selection, or for everything matching the filter. */
export function exportUrl(format: (typeof EXPORT_FORMATS)[number], filter: ContactFilter, selection?: Selection): string {
  if (selection && !selection.all && selection.ids.size > 0)
    return apiUrl('/exports/contacts', { format, ids: [...selection.ids].join(',') });
  return apiUrl('/exports/contacts', { format, ...filter });
}
