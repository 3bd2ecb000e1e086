import { Anchor, Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import type { useSelection } from '../../lib/selection.ts';
import { useBulkStatus } from './orders.api.ts';
import { useStatusLabels } from './statuses.ts';

/** Shown while orders are selected: how many, and a status to give them all at once. */
export function OrderBulkBar({ selection, canWrite }: { selection: ReturnType<typeof useSelection>; canWrite: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { options, labelOf } = useStatusLabels();
  const bulk = useBulkStatus();
  const [status, setStatus] = useState<string | null>(null);
  const ids = [...selection.selection.ids];
  if (ids.length === 0) return null;

  const apply = () =>
    status &&
    bulk.mutate(
      { ids, status },
      {
        onSuccess: (r) => {
          notifySuccess(t('orders.bulk.done', { count: r.affected, status: labelOf(status) }));
          selection.clear();
          setStatus(null);
        },
        onError: (e) => notifyError(e, t),
      },
    );

  return (
    <Paper withBorder p="xs" mb="sm" bg="var(--mantine-primary-color-light)" role="region" aria-label={t('orders.bulk.label')}>
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('orders.bulk.selected', { count: ids.length, formatted: fmt.number(ids.length) })}
          </Text>
          <Anchor component="button" size="sm" c="dimmed" onClick={selection.clear}>
            {t('bulk.clear')}
          </Anchor>
        </Group>
        {canWrite && (
          <Group gap="xs" wrap="nowrap">
            <Select
              size="xs"
              aria-label={t('orders.bulk.status')}
              placeholder={t('orders.bulk.status')}
              data={options}
              value={status}
              onChange={setStatus}
              w={180}
              comboboxProps={{ withinPortal: true }}
            />
            <Button size="xs" onClick={apply} disabled={!status} loading={bulk.isPending}>
              {t('orders.bulk.apply')}
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
