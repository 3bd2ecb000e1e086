import type { Page, SavedView } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

const viewsKey = ['saved-views', 'contacts'] as const;
export type ViewDraft = Pick<SavedView, 'name' | 'filters' | 'columns' | 'sort' | 'shared'>;

/** The reader's own views and those colleagues shared. */
export function useSavedViews() {
  return useQuery({
    queryKey: viewsKey,
    queryFn: () => api<Page<SavedView>>('/saved-views', { query: { entity: 'contacts' } }),
    select: (page) => page.items,
  });
}

export function useCreateView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: ViewDraft) => api<SavedView>('/saved-views', { method: 'POST', body: { entity: 'contacts', ...draft } }),
    onSuccess: () => client.invalidateQueries({ queryKey: viewsKey }),
  });
}

export function useDeleteView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/saved-views/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: viewsKey }),
  });
}
