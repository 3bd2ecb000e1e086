import type { CustomField, Page } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

type Entity = CustomField['entity'];
const fieldsKey = ['custom-fields'] as const;

/** The admin-defined fields of contacts or companies, in their order. */
export function useCustomFields(entity: Entity) {
  return useQuery({
    queryKey: [...fieldsKey, entity],
    queryFn: () => api<Page<CustomField>>('/custom-fields', { query: { entity } }),
    select: (r) => r.items.slice().sort((a, b) => a.position - b.position),
    staleTime: 5 * 60_000,
  });
}

export type CustomFieldDraft = { entity: Entity; key: string; label: string; type: CustomField['type']; options: string[] };

export function useSaveCustomField() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id?: string; draft: CustomFieldDraft }) =>
      id
        ? api<CustomField>(`/custom-fields/${id}`, { method: 'PATCH', body: { label: draft.label, options: draft.options } })
        : api<CustomField>('/custom-fields', { method: 'POST', body: draft }),
    onSuccess: () => client.invalidateQueries({ queryKey: fieldsKey }),
  });
}

export function useDeleteCustomField() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/custom-fields/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: fieldsKey }),
  });
}
