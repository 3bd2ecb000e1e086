import type { Deal, DealCreate, dealUpdate } from '@spilno/schema';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';
import { moveOnBoard } from './boardMove.ts';
import { appendPage, BOARD_PAGE, deepen, stagePage } from './boardPages.ts';
import { stageName } from './stageNames.ts';

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

type Board = { columns: DealColumn[] };

/**
 * The board: counts and totals of each stage come from the server; the cards are its first page
 * plus whatever pages the person opened in place, which a refresh reads again to the same depth.
 */
export function useDealBoard(filters: DealBoardFilters) {
  const client = useQueryClient();
  const { t } = useTranslation();
  const key = boardKey(filters);
  const select = useCallback(
    (r: Board) => r.columns.map((c) => ({ ...c, stage: { ...c.stage, name: stageName(c.stage.name, t) } })),
    [t],
  );
  return useQuery({
    queryKey: key,
    queryFn: async (): Promise<Board> => {
      const opened = client.getQueryData<Board>(key)?.columns ?? [];
      const board = await api<Board>('/deals/board', { query: { ...filters, perStage: BOARD_PAGE } });
      const depth = (stageId: string) => opened.find((c) => c.stage.id === stageId)?.deals.length ?? 0;
      return { columns: await Promise.all(board.columns.map((c) => deepen(filters, c, depth(c.stage.id)))) };
    },
    select,
    enabled: Boolean(filters.pipelineId),
  });
}

/** "Show more" in a column: its next page joins the cards already there, in the board's cache. */
export function useShowMoreDeals(filters: DealBoardFilters) {
  const client = useQueryClient();
  const key = boardKey(filters);
  return useMutation({
    mutationFn: async (stageId: string) => {
      // A refresh already under way counted the cards before this page and would fold it away.
      const refreshing = client.isFetching({ queryKey: key }) > 0;
      await client.cancelQueries({ queryKey: key });
      const cursor = client.getQueryData<Board>(key)?.columns.find((c) => c.stage.id === stageId)?.nextCursor;
      if (!cursor) return;
      const page = await stagePage(filters, stageId, cursor);
      // Appended only where the column still ends at that cursor; a board read meanwhile is newer.
      client.setQueryData<Board>(
        key,
        (board) =>
          board && {
            columns: board.columns.map((c) => (c.stage.id === stageId && c.nextCursor === cursor ? appendPage(c, page) : c)),
          },
      );
      if (refreshing) await client.invalidateQueries({ queryKey: key });
    },
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
      const before = client.getQueryData<Board>(key);
      if (before) client.setQueryData(key, { columns: moveOnBoard(before.columns, id, stageId) });
      return { before };
    },
    onError: (_error, _vars, context) => context?.before && client.setQueryData(key, context.before),
    onSettled: () => invalidate(client),
  });
}
