import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

export type Column<T> = {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** On phones, the card's heading. */
  primary?: boolean;
  /** On phones, show the value without its header (buttons, badges that explain themselves). */
  bare?: boolean;
  /** On phones, put the header above a full-width value (long, multi-line values). */
  wide?: boolean;
  /** Keep the value on one line in the table (dates). */
  nowrap?: boolean;
};

type Props<T> = {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  label: string;
  minWidth?: number;
};

/** A table on wide screens; on phones each row becomes a card, so nothing needs sideways scrolling. */
export function DataTable<T>({ rows, columns, rowKey, label, minWidth = 720 }: Props<T>) {
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });

  if (phone) {
    return (
      <Stack gap="xs" aria-label={label} role="list">
        {rows.map((row) => (
          <Paper key={rowKey(row)} withBorder p="sm" role="listitem">
            <Stack gap={6}>
              {columns.map((c) => {
                if (c.primary)
                  return (
                    <Text key={c.key} fw={600} component="div">
                      {c.render(row)}
                    </Text>
                  );
                if (c.bare) return <div key={c.key}>{c.render(row)}</div>;
                if (c.wide)
                  return (
                    <Stack key={c.key} gap={2}>
                      <Text size="xs" c="dimmed">
                        {c.header}
                      </Text>
                      <Text size="sm" component="div">
                        {c.render(row)}
                      </Text>
                    </Stack>
                  );
                return (
                  <Group key={c.key} justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="xs" c="dimmed" miw={90}>
                      {c.header}
                    </Text>
                    <Text size="sm" component="div" ta="right" style={{ overflowWrap: 'anywhere' }}>
                      {c.render(row)}
                    </Text>
                  </Group>
                );
              })}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key}>{c.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((c) => (
                <Table.Td key={c.key} style={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {c.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
