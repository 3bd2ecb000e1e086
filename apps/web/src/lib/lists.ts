import type { Page } from '@spilno/schema';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from './api.ts';

const PAGE_SIZE = 50;

/** A cursor-paged list ({ items, nextCursor }) read page by page with "Load more". */
export function useCursorList<T>(key: readonly unknown[], path: string, filters: Record<string, string | undefined>) {
  const query = useInfiniteQuery({
    queryKey: [...key, filters],
    queryFn: ({ pageParam }) => api<Page<T>>(path, { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { ...query, items: query.data?.pages.flatMap((p) => p.items) ?? [] };
}
