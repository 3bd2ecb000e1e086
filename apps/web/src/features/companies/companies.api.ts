import type { Company, CompanyCreate, CompanyUpdate, Page } from '@spilno/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

export const companiesKey = ['companies'] as const;
export type CompanyFilters = { q?: string; type?: string; industry?: string; ownerId?: string; tag?: string };

export function useCompanyList(filters: CompanyFilters) {
  return useCursorList<Company>(companiesKey, '/companies', filters);
}

/** A few companies whose name matches, for pickers. */
export function useCompanySearch(q: string) {
  return useQuery({
    queryKey: [...companiesKey, 'search', q],
    queryFn: () => api<Page<Company>>('/companies', { query: { q: q || undefined, limit: 20 } }),
    select: (page) => page.items,
    placeholderData: (previous) => previous,
  });
}

export function useCompany(id: string | null | undefined) {
  return useQuery({
    queryKey: [...companiesKey, 'one', id],
    queryFn: () => api<Company>(`/companies/${id}`),
    enabled: Boolean(id),
  });
}

function useInvalidateCompanies() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: companiesKey });
}

export function useCreateCompany() {
  const invalidate = useInvalidateCompanies();
  return useMutation({
    mutationFn: (body: CompanyCreate) => api<Company>('/companies', { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useUpdateCompany() {
  const invalidate = useInvalidateCompanies();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: CompanyUpdate }) =>
      api<Company>(`/companies/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: invalidate,
  });
}

export function useDeleteCompany() {
  const invalidate = useInvalidateCompanies();
  return useMutation({ mutationFn: (id: string) => api<void>(`/companies/${id}`, { method: 'DELETE' }), onSuccess: invalidate });
}
