import type { Deal, DealCreate, dealUpdate } from '@spilno/schema';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';
import { moveOnBoard } from './boardMove.ts';

export const dealsKey = ['deals'] as const;
export type DealUpdate = z.input<typeof dealUpdate>;
export type StageTotal = { currency: string; amount: string; weighted: string };
export type DealColumn = {
  stage: { id: string; name: string; probability: number; kind: string };
  count: number;
  totals: StageTotal[];
  deals: Deal[];
  nextCursor: string | null;
};
export type DealBoardFilters = { pipelineId?: string; ownerId?: string; q?: string };
export type DealListFilters = DealBoardFilters & { stageId?: string; status?: string; sort?: string };
export type ForecastMonth = { month: string; currency: string; count: number; amount: string; weighted: string };

const boardKey = (filters: DealBoardFilters) => [...dealsKey, 'board', filters];

export function useDealBoard(filters: DealBoardFilters) {
  return useQuery({
    queryKey: boardKey(filters),
    queryFn: () => api<{ columns: DealColumn[] }>('/deals/board', { query: { ...filters, perStage: 50 } }),
    select: (r) => r.columns,
    enabled: Boolean(filters.pipelineId),
  });
}

export function useDealList(filters: DealListFilters) {
  return useCursorList<Deal>([...dealsKey, 'list'], '/deals', filters);
}

export function useDeal(id: string | undefined) {
  return useQuery({ queryKey: [...dealsKey, 'one', id], queryFn: () => api<Deal>(`/deals/${id}`), enabled: Boolean(id) });
}

export function useForecast(query: { from: string; to: string; pipelineId?: string; ownerId?: string }) {
  return useQuery({
    queryKey: [...dealsKey, 'forecast', query],
    queryFn: () => api<{ months: ForecastMonth[] }>('/deals/forecast', { query }),
    select: (r) => r.months,
  });
}

// Deals show on contact and company pages too.
const invalidate = (client: QueryClient) =>
  Promise.all([dealsKey, ['activities']].map((queryKey) => client.invalidateQueries({ queryKey })));

export function useCreateDeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DealCreate) => api<Deal>('/deals', { method: 'POST', body }),
    onSuccess: () => invalidate(client),
  });
}

export function useUpdateDeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: DealUpdate }) => api<Deal>(`/deals/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: (deal) => {
      client.setQueryData([...dealsKey, 'one', deal.id], deal);
      return invalidate(client);
    },
  });
}

export function useDeleteDeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/deals/${id}`, { method: 'DELETE' }),
    onSuccess: () => invalidate(client),
  });
}

/** A drag on the board: the card and the column totals move at once, the server confirms after. */
export function useMoveDeal(filters: DealBoardFilters) {
  const client = useQueryClient();
  const key = boardKey(filters);
  return useMutation({
    mutationFn: ({ id, stageId, closeReason }: { id: string; stageId: string; closeReason?: string }) =>
      api<Deal>(`/deals/${id}`, { method: 'PATCH', body: { stageId, ...(closeReason && { closeReason }) } }),
    onMutate: async ({ id, stageId }) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<{ columns: DealColumn[] }>(key);
      if (before) client.setQueryData(key, { columns: moveOnBoard(before.columns, id, stageId) });
      return { before };
    },
    onError: (_error, _vars, context) => context?.before && client.setQueryData(key, context.before),
    onSettled: () => invalidate(client),
  });
}
