import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export type SearchHit = { type: 'contact' | 'company'; id: string; title: string; subtitle: string | null };

/** Contacts and companies matching what is typed; nothing is asked before two characters. */
export function useQuickSearch(q: string) {
  return useQuery({
    queryKey: ['search', q],
    queryFn: () => api<{ items: SearchHit[] }>('/search', { query: { q } }),
    enabled: q.length >= 2,
    select: (r) => r.items,
    placeholderData: (previous) => previous,
    staleTime: 10_000,
  });
}

export const hitPath = (h: SearchHit) => (h.type === 'contact' ? `/contacts/${h.id}` : `/companies/${h.id}`);
