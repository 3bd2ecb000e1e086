import { Box, Checkbox, Loader, Table, UnstyledButton } from '@mantine/core';
import type { Contact } from '@spilno/schema';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContactListView } from './ContactList.tsx';
import type { ContactColumn } from './columns.tsx';
import type { ContactSort } from './contacts.api.ts';
import { contactName } from './names.ts';
import { useInfiniteVirtual } from './useInfiniteVirtual.ts';

const ROW_HEIGHT = 45;
const cell = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

function SortHeader({ column, sort, onSort }: { column: ContactColumn; sort: ContactSort; onSort: (s: ContactSort) => void }) {
  const key = column.sort;
  if (!key) return column.header;
  const state = sort === key ? 'asc' : sort === `-${key}` ? 'desc' : null;
  const Icon = state === 'asc' ? IconArrowUp : state === 'desc' ? IconArrowDown : IconSelector;
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

/** The wide-screen list: a table that renders only the rows in view. */
export function ContactsTable({ list, columns, sort, onSort, selection }: ContactListView) {
  const { t } = useTranslation();
  const rows = list.items;
  const { scrollRef, virtualizer, items } = useInfiniteVirtual({ ...list, count: rows.length, estimateSize: ROW_HEIGHT });
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const loadedIds = rows.map((r) => r.id);
  const allLoaded = selection.selection.all || (rows.length > 0 && loadedIds.every((id) => selection.selection.ids.has(id)));
  // Columns keep their widths; a wide screen spreads them out, a narrow one scrolls sideways.
  const minWidth = 44 + columns.reduce((sum, c) => sum + c.width, 0);

  const row = (c: Contact) => (
    <Table.Tr key={c.id} h={ROW_HEIGHT} bg={selection.isSelected(c.id) ? 'var(--mantine-primary-color-light)' : undefined}>
      <Table.Td>
        <Checkbox
          aria-label={t('contacts.select', { name: contactName(c, t) })}
          checked={selection.isSelected(c.id)}
          onChange={() => selection.toggle(c.id)}
        />
      </Table.Td>
      {columns.map((col) => (
        <Table.Td key={col.key} style={cell}>
          {col.render(c)}
        </Table.Td>
      ))}
    </Table.Tr>
  );

  return (
    <Box
      ref={scrollRef}
      mah="max(420px, calc(100dvh - 290px))"
      style={{ overflow: 'auto' }}
      bd="1px solid var(--mantine-color-default-border)"
      bdrs="md"
    >
      <Table
        stickyHeader
        highlightOnHover
        aria-label={t('modules.contacts')}
        aria-rowcount={rows.length}
        style={{ tableLayout: 'fixed', width: '100%', minWidth }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <Checkbox
                aria-label={t('contacts.selectLoaded')}
                checked={allLoaded}
                indeterminate={!allLoaded && selection.selection.ids.size > 0}
                onChange={() => selection.setPage(loadedIds, !allLoaded)}
              />
            </Table.Th>
            {columns.map((c) => (
              <Table.Th
                key={c.key}
                w={c.width}
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
            const contact = rows[v.index];
            if (contact) return row(contact);
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
