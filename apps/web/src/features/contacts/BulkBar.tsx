import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import type { ContactFilter } from '@spilno/schema';
import { IconTag, IconTagOff, IconTrash, IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbilities } from '../../lib/abilities.ts';
import { useFormat } from '../../lib/format.ts';
import type { useSelection } from '../../lib/selection.ts';
import { BulkDialog, type BulkKind } from './BulkDialog.tsx';
import { ExportMenu } from './ExportMenu.tsx';

type Props = { selection: ReturnType<typeof useSelection>; filter: ContactFilter; loaded: number; total: number | undefined };

/** Shown while rows are selected: the count, "select all N matching", and what to do with them. */
export function BulkBar({ selection, filter, loaded, total }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { can, canCreate } = useAbilities();
  const [dialog, setDialog] = useState<BulkKind | null>(null);
  const { all, ids } = selection.selection;
  const count = all ? (total ?? 0) : ids.size;
  if (count === 0) return null;
  const canSelectAll = !all && total !== undefined && total > ids.size && ids.size === loaded;
  const write = canCreate('contacts');
  const action = (kind: BulkKind, label: string, Icon: typeof IconTag, color?: string) => (
    <Button size="xs" variant="light" color={color} leftSection={<Icon size={14} />} onClick={() => setDialog(kind)}>
      {label}
    </Button>
  );

  return (
    <Paper withBorder p="xs" mb="sm" bg="var(--mantine-primary-color-light)" role="region" aria-label={t('bulk.label')}>
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('bulk.selected', { count, formatted: fmt.number(count) })}
          </Text>
          {canSelectAll && (
            <Anchor component="button" size="sm" onClick={selection.selectAll}>
              {t('bulk.selectAll', { count: total, formatted: fmt.number(total) })}
            </Anchor>
          )}
          <Anchor component="button" size="sm" c="dimmed" onClick={selection.clear}>
            {t('bulk.clear')}
          </Anchor>
        </Group>
        <Group gap="xs">
          {write && action('tag', t('bulk.tag'), IconTag)}
          {write && action('untag', t('bulk.untag'), IconTagOff)}
          {write && action('assign', t('bulk.assign'), IconUserShare)}
          {can('exports.run') && <ExportMenu filter={filter} selection={selection.selection} size="xs" variant="light" />}
          {write && action('delete', t('common.delete'), IconTrash, 'red')}
        </Group>
      </Group>
      {dialog && (
        <BulkDialog
          kind={dialog}
          count={count}
          selection={selection.selection}
          filter={filter}
          onDone={selection.clear}
          onClose={() => setDialog(null)}
        />
      )}
    </Paper>
  );
}
