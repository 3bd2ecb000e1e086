import { Box, Checkbox, Loader, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { useSelection } from '../lib/selection.ts';
import { useInfiniteVirtual } from '../lib/useInfiniteVirtual.ts';

export type TableColumn<T, S extends string> = {
  key: string;
  header: string;
  /** Width in px; a column without one gets at least 150 and takes what is left. */
  width?: number;
  /** The ascending sort a header click asks for, when the column can sort. */
  sort?: S;
  align?: 'right';
  render: (row: T) => ReactNode;
};

type Props<T extends { id: string }, S extends string> = {
  label: string;
  list: { items: T[]; hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  columns: TableColumn<T, S>[];
  /** The current sort: a column's `sort`, or it with a leading `-` for descending. */
  sort: string;
  onSort: (sort: S) => void;
  selection: ReturnType<typeof useSelection>;
  /** Accessible names of a row's checkbox and of the "all loaded" one. */
  selectLabel: (row: T) => string;
  selectLoadedLabel: string;
  rowHeight: number;
  /** What the page shows above the table, so the table fills the rest of the screen. */
  offset: number;
};

const CHECKBOX_WIDTH = 44;
const cell = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

function SortHeader<T, S extends string>({
  column,
  sort,
  onSort,
}: {
  column: TableColumn<T, S>;
  sort: string;
  onSort: (s: S) => void;
}) {
  const key = column.sort;
  if (!key) return column.header;
  const Icon = sort === key ? IconArrowUp : sort === `-${key}` ? IconArrowDown : IconSelector;
  return (
    <UnstyledButton
      onClick={() => onSort(key)}
      fw={700}
      fz="sm"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}
    >
      {column.header}
      <Icon size={14} aria-hidden />
    </UnstyledButton>
  );
}

/**
 * The wide-screen list of records (contacts, orders): a table that renders only the rows in view
 * and asks for the next page near the end, with a checkbox per row and sortable headers.
 */
export function VirtualTable<T extends { id: string }, S extends string>(props: Props<T, S>) {
  const { label, list, columns, sort, onSort, selection, rowHeight, offset } = props;
  const { t } = useTranslation();
  const rows = list.items;
  const { scrollRef, virtualizer, items } = useInfiniteVirtual({ ...list, count: rows.length, estimateSize: rowHeight });
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const loadedIds = rows.map((r) => r.id);
  const allLoaded = selection.selection.all || (rows.length > 0 && loadedIds.every((id) => selection.selection.ids.has(id)));
  // Columns keep their widths; a wide screen spreads them out, a narrow one scrolls sideways.
  const minWidth = CHECKBOX_WIDTH + columns.reduce((sum, c) => sum + (c.width ?? 150), 0);

  const row = (r: T) => (
    <Table.Tr key={r.id} h={rowHeight} bg={selection.isSelected(r.id) ? 'var(--mantine-primary-color-light)' : undefined}>
      <Table.Td>
        <Checkbox
          aria-label={props.selectLabel(r)}
          checked={selection.isSelected(r.id)}
          onChange={() => selection.toggle(r.id)}
        />
      </Table.Td>
      {columns.map((c) => (
        <Table.Td key={c.key} style={cell} ta={c.align}>
          {c.render(r)}
        </Table.Td>
      ))}
    </Table.Tr>
  );

  return (
    <Box
      ref={scrollRef}
      mah={`max(420px, calc(100dvh - ${offset}px))`}
      style={{ overflow: 'auto' }}
      bd="1px solid var(--mantine-color-default-border)"
      bdrs="md"
    >
      <Table
        stickyHeader
        highlightOnHover
        aria-label={label}
        aria-rowcount={rows.length}
        style={{ tableLayout: 'fixed', width: '100%', minWidth }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={CHECKBOX_WIDTH}>
              <Checkbox
                aria-label={props.selectLoadedLabel}
                checked={allLoaded}
                indeterminate={!allLoaded && selection.selection.ids.size > 0}
                onChange={() => selection.setPage(loadedIds, !allLoaded)}
              />
            </Table.Th>
            {columns.map((c) => (
              <Table.Th
                key={c.key}
                w={c.width}
                ta={c.align}
                aria-sort={sort === c.sort ? 'ascending' : sort === `-${c.sort}` ? 'descending' : undefined}
              >
                <SortHeader column={c} sort={sort} onSort={onSort} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top > 0 && <tr style={{ height: top }} />}
          {items.map((v) => {
            const r = rows[v.index];
            if (r) return row(r);
            return (
              <Table.Tr key="loader" h={rowHeight}>
                <Table.Td colSpan={columns.length + 1} ta="center">
                  <Loader size="sm" aria-label={t('common.loading')} />
                </Table.Td>
              </Table.Tr>
            );
          })}
          {bottom > 0 && <tr style={{ height: bottom }} />}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
