import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A label and its value on a record's page; the value wraps rather than overflows on phones. */
export function DetailRow({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
      <Text size="sm" c="dimmed" style={{ flexShrink: 0 }} miw={110}>
        {label}
      </Text>
      <Text size="sm" component="div" ta="right" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Group>
  );
}
