import { Alert, Anchor, Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ImportResource } from '@spilno/schema';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAbilities } from '../../lib/abilities.ts';
import { useFormat } from '../../lib/format.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useUserNames } from '../users/useUserNames.ts';
import { type HistoryScope, useImportHistory } from './imports.api.ts';

export const STATUS_COLORS: Record<ImportResource['status'], string> = {
  pending: 'gray',
  running: 'blue',
  completed: 'teal',
  failed: 'red',
  undoing: 'orange',
  undone: 'orange',
};

/** Past imports with who ran them and what they did; each opens its result (progress, error report, undo). */
export default function ImportHistoryPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { can } = useAbilities();
  const me = useCurrentUser();
  // Admins look after everyone's imports (and may open any), so they start with all of them.
  const admin = me.role === 'admin';
  const [scope, setScope] = useState<HistoryScope>(admin ? 'all' : 'mine');
  const list = useImportHistory(scope);
  const names = useUserNames();

  const columns: Column<ImportResource>[] = [
    {
      key: 'file',
      header: t('imports.columns.file'),
      primary: true,
      render: (i) => (
        <Anchor
          component={Link}
          to={`/contacts/imports/${i.id}`}
          aria-label={t('imports.openResult', { file: i.fileName })}
          style={{ overflowWrap: 'anywhere' }}
          inherit
        >
          {i.fileName}
        </Anchor>
      ),
    },
    { key: 'entity', header: t('imports.columns.entity'), render: (i) => t(`imports.entities.${i.entity}`) },
    { key: 'who', header: t('imports.columns.who'), render: (i) => names.get(i.userId) ?? '—' },
    {
      key: 'when',
      header: t('imports.columns.when'),
      nowrap: true,
      render: (i) => fmt.dateTime(i.startedAt ?? i.createdAt),
    },
    {
      key: 'status',
      header: t('imports.columns.status'),
      render: (i) => (
        <Badge variant="light" color={STATUS_COLORS[i.status]}>
          {t(`imports.statuses.${i.status}`)}
        </Badge>
      ),
    },
    {
      key: 'result',
      header: t('imports.columns.result'),
      wide: true,
      render: (i) => (
        <Text inherit c={i.status === 'pending' ? 'dimmed' : undefined}>
          {t('imports.countsShort', {
            created: fmt.number(i.counts.created),
            updated: fmt.number(i.counts.updated),
            skipped: fmt.number(i.counts.skipped),
            failed: fmt.number(i.counts.failed),
          })}
        </Text>
      ),
    },
  ];

  if (!can('imports.run')) return <Alert color="gray">{t('imports.notAllowed')}</Alert>;
  return (
    <Stack gap={0}>
      <BackLink to="/contacts">{t('contacts.back')}</BackLink>
      <PageHeader
        title={t('imports.history')}
        description={t('imports.historyDescription')}
        actions={
          <Button component={Link} to="/contacts/import" leftSection={<IconFileImport size={16} />}>
            {t('imports.action')}
          </Button>
        }
      />
      {admin && (
        <Group mb="md">
          <SegmentedControl
            aria-label={t('imports.whose')}
            value={scope}
            onChange={(v) => setScope(v as HistoryScope)}
            data={[
              { value: 'all', label: t('imports.everyone') },
              { value: 'mine', label: t('imports.mine') },
            ]}
          />
        </Group>
      )}
      <ListState {...list} isEmpty={list.items.length === 0} empty={t('imports.historyEmpty')}>
        <DataTable rows={list.items} columns={columns} rowKey={(i) => i.id} label={t('imports.history')} minWidth={860} />
      </ListState>
    </Stack>
  );
}
