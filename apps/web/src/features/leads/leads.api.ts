import type { Lead, LeadCreate, leadConversion, leadConvert, leadUpdate } from '@spilno/schema';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

export const leadsKey = ['leads'] as const;
export type LeadColumnId = 'overdue' | 'in_progress' | 'new';
export type LeadBoardColumn = { column: LeadColumnId; count: number; leads: Lead[]; nextCursor: string | null };
export type LeadBoardFilters = { q?: string; ownerId?: string; source?: string; rating?: string };
export type LeadListFilters = LeadBoardFilters & { status?: string; column?: string };
export type LeadUpdate = z.input<typeof leadUpdate>;
export type LeadConversion = z.infer<typeof leadConversion>;

export function useLeadBoard(filters: LeadBoardFilters) {
  return useQuery({
    queryKey: [...leadsKey, 'board', filters],
    queryFn: () => api<{ columns: LeadBoardColumn[] }>('/leads/board', { query: { ...filters, perColumn: 50 } }),
    select: (r) => r.columns,
  });
}

export function useLeadList(filters: LeadListFilters) {
  return useCursorList<Lead>([...leadsKey, 'list'], '/leads', filters);
}

export function useLead(id: string | undefined) {
  return useQuery({ queryKey: [...leadsKey, 'one', id], queryFn: () => api<Lead>(`/leads/${id}`), enabled: Boolean(id) });
}

const invalidate = (client: QueryClient) => client.invalidateQueries({ queryKey: leadsKey });

export function useCreateLead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LeadCreate) => api<Lead>('/leads', { method: 'POST', body }),
    onSuccess: () => invalidate(client),
  });
}

export function useUpdateLead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: LeadUpdate }) => api<Lead>(`/leads/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => invalidate(client),
  });
}

export function useDeleteLead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/leads/${id}`, { method: 'DELETE' }),
    onSuccess: () => invalidate(client),
  });
}

export function useConvertLead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof leadConvert> }) =>
      api<LeadConversion>(`/leads/${id}/convert`, { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([leadsKey, ['contacts'], ['companies'], ['deals']].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

/** Drags a lead between New and In progress: the board moves the card at once and asks the server after. */
export function useMoveLead(filters: LeadBoardFilters) {
  const client = useQueryClient();
  const key = [...leadsKey, 'board', filters];
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: 'new' | 'in_progress' }) =>
      api<Lead>(`/leads/${id}`, { method: 'PATCH', body: { status } }),
    onMutate: async ({ id, status }) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<{ columns: LeadBoardColumn[] }>(key);
      const lead = before?.columns.flatMap((c) => c.leads).find((l) => l.id === id);
      if (before && lead) client.setQueryData(key, { columns: moveLead(before.columns, { ...lead, status }, status) });
      return { before };
    },
    onError: (_error, _vars, context) => context?.before && client.setQueryData(key, context.before),
    onSettled: () => invalidate(client),
  });
}

function moveLead(columns: LeadBoardColumn[], lead: Lead, to: LeadColumnId): LeadBoardColumn[] {
  return columns.map((c) => {
    const had = c.leads.some((l) => l.id === lead.id);
    if (c.column === to) return { ...c, count: c.count + 1, leads: [lead, ...c.leads] };
    return had ? { ...c, count: c.count - 1, leads: c.leads.filter((l) => l.id !== lead.id) } : c;
  });
}
