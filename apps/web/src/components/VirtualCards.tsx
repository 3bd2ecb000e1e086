import { Box, Checkbox, Group, Loader, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { useSelection } from '../lib/selection.ts';
import { useInfiniteVirtual } from '../lib/useInfiniteVirtual.ts';

type Props<T extends { id: string }> = {
  label: string;
  list: { items: T[]; hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  selection: ReturnType<typeof useSelection>;
  selectLabel: (row: T) => string;
  /** What a card shows next to its checkbox. */
  render: (row: T) => ReactNode;
  /** What the page shows above the list, so the list fills the rest of the screen. */
  offset: number;
};

/**
 * The phone list of records (contacts, orders): one card per record with a checkbox, only the
 * cards in view rendered (each measured, as cards differ in height), the next page asked for
 * near the end.
 */
export function VirtualCards<T extends { id: string }>({ label, list, selection, selectLabel, render, offset }: Props<T>) {
  const { t } = useTranslation();
  const rows = list.items;
  const { scrollRef, virtualizer, items } = useInfiniteVirtual({ ...list, count: rows.length, estimateSize: 150 });

  const card = (r: T) => (
    <Paper withBorder p="sm">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Checkbox
          mt={2}
          aria-label={selectLabel(r)}
          checked={selection.isSelected(r.id)}
          onChange={() => selection.toggle(r.id)}
        />
        {render(r)}
      </Group>
    </Paper>
  );

  return (
    <Box ref={scrollRef} mah={`max(420px, calc(100dvh - ${offset}px))`} style={{ overflow: 'auto' }}>
      <ul
        aria-label={label}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}
      >
        {items.map((v) => {
          const r = rows[v.index];
          return (
            <li
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${v.start}px)`,
                paddingBottom: 8,
              }}
            >
              {r ? card(r) : <Loader size="sm" mx="auto" display="block" aria-label={t('common.loading')} />}
            </li>
          );
        })}
      </ul>
    </Box>
  );
}
