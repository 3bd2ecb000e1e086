import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type Props = {
  id: string;
  title: string;
  count: number;
  /** Totals and the like, under the title. */
  summary?: ReactNode;
  /** A column that never takes a dropped card; `lockedHint` says why while a card is in the air. */
  locked?: boolean;
  lockedHint?: string;
  dragging: boolean;
  color?: string;
  footer?: ReactNode;
  children: ReactNode;
};

/** One board column: a drop target with its title, count and summary. */
export function KanbanColumn({ id, title, count, summary, locked, lockedHint, dragging, color, footer, children }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id, disabled: locked });
  const headingId = `column-${id}`;
  const border = isOver ? 'var(--mantine-color-blue-filled)' : 'transparent';
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      data-column={id}
      bg="var(--mantine-color-default-hover)"
      p="xs"
      radius="md"
      style={{
        flex: '0 0 min(288px, 82vw)',
        minHeight: '60vh',
        outline: `2px solid ${border}`,
        opacity: locked && dragging ? 0.55 : 1,
        borderTop: color ? `3px solid var(--mantine-color-${color}-filled)` : undefined,
      }}
    >
      <Stack gap={6} mb="xs">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text id={headingId} fw={600} size="sm" component="h3" m={0} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Text>
          <Badge variant="default" size="sm" data-testid="column-count">
            {count}
          </Badge>
        </Group>
        {summary}
        {locked && dragging && lockedHint && (
          <Group gap={6} wrap="nowrap" role="note">
            <IconBan size={16} aria-hidden />
            <Text size="xs" c="dimmed">
              {lockedHint}
            </Text>
          </Group>
        )}
      </Stack>
      <Stack gap="xs">{children}</Stack>
      {footer}
    </Paper>
  );
}
