import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';

type Options = {
  count: number;
  estimateSize: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
};

/**
 * Renders only the rows in view inside a scrolling box and loads the next keyset page when the
 * reader nears the end, so a list of a million rows costs what a screenful does.
 */
export function useInfiniteVirtual({ count, estimateSize, hasNextPage, isFetchingNextPage, fetchNextPage }: Options) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: hasNextPage ? count + 1 : count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= count - 20) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, count, fetchNextPage]);
  return { scrollRef, virtualizer, items };
}
