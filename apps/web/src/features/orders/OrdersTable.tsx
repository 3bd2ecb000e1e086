import { Box, Checkbox, Loader, Table, UnstyledButton } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useInfiniteVirtual } from '../contacts/useInfiniteVirtual.ts';
import { type OrderColumn, useOrderColumns } from './columns.tsx';
import type { OrderListView } from './OrderList.tsx';
import type { OrderSort } from './orders.api.ts';

const ROW_HEIGHT = 53;
const cell = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

function SortHeader({ column, sort, onSort }: { column: OrderColumn; sort: OrderSort; onSort: OrderListView['onSort'] }) {
  const key = column.sort;
  if (!key) return column.header;
  const Icon = sort === key ? IconArrowUp : sort === `-${key}` ? IconArrowDown : IconSelector;
  return (
    <UnstyledButton onClick={() => onSort(key)} fw={700} fz="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      {column.header}
      <Icon size={14} aria-hidden />
    </UnstyledButton>
  );
}

/** The wide-screen orders table: renders the rows in view and asks for the next page near the end. */
export function OrdersTable({ list, sort, onSort, selection }: OrderListView) {
  const { t } = useTranslation();
  const columns = useOrderColumns();
  const rows = list.items;
  const { scrollRef, virtualizer, items } = useInfiniteVirtual({ ...list, count: rows.length, estimateSize: ROW_HEIGHT });
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const ids = rows.map((r) => r.id);
  const allLoaded = ids.length > 0 && ids.every((id) => selection.isSelected(id));
  const minWidth = 40 + 150 + columns.reduce((sum, c) => sum + (c.width ?? 0), 0);

  const row = (o: Order) => (
    <Table.Tr key={o.id} h={ROW_HEIGHT} bg={selection.isSelected(o.id) ? 'var(--mantine-primary-color-light)' : undefined}>
      <Table.Td>
        <Checkbox
          aria-label={t('orders.select', { number: o.number })}
          checked={selection.isSelected(o.id)}
          onChange={() => selection.toggle(o.id)}
        />
      </Table.Td>
      {columns.map((c) => (
        <Table.Td key={c.key} style={cell} ta={c.align}>
          {c.render(o)}
        </Table.Td>
      ))}
    </Table.Tr>
  );

  return (
    <Box
      ref={scrollRef}
      mah="max(420px, calc(100dvh - 300px))"
      style={{ overflow: 'auto' }}
      bd="1px solid var(--mantine-color-default-border)"
      bdrs="md"
    >
      <Table
        stickyHeader
        highlightOnHover
        aria-label={t('orders.table')}
        style={{ tableLayout: 'fixed', width: '100%', minWidth }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('orders.selectLoaded')}
                checked={allLoaded}
                indeterminate={!allLoaded && selection.selection.ids.size > 0}
                onChange={() => selection.setPage(ids, !allLoaded)}
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
            const order = rows[v.index];
            if (order) return row(order);
            return (
              <Table.Tr key="loader" h={ROW_HEIGHT}>
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
