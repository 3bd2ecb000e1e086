import { Badge, SimpleGrid, Text } from '@mantine/core';
import type { LoginAttempt } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { describeDevice } from '../../lib/device.ts';
import { useFormat } from '../../lib/format.ts';
import { UserSelect } from '../users/UserSelect.tsx';
import { type LoginFilterValues, useLoginHistory } from './audit.api.ts';

const REASONS = ['invalid_credentials', 'locked', 'pending', 'deactivated'] as const;
const isKnownReason = (r: string | null): r is (typeof REASONS)[number] => (REASONS as readonly (string | null)[]).includes(r);

export default function LoginHistoryPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filters, setFilters] = useState<LoginFilterValues>({ userId: null, success: null });
  const list = useLoginHistory(filters);

  const columns: Column<LoginAttempt>[] = [
    { key: 'email', header: t('fields.email'), primary: true, render: (a) => a.email },
    { key: 'when', header: t('audit.when'), nowrap: true, render: (a) => fmt.dateTime(a.createdAt) },
    {
      key: 'result',
      header: t('loginHistory.result'),
      render: (a) =>
        a.success ? (
          <Badge color="teal" variant="light">
            {t('loginHistory.success')}
          </Badge>
        ) : (
          <Badge color="red" variant="light">
            {isKnownReason(a.reason) ? t(`loginHistory.reasons.${a.reason}`) : (a.reason ?? t('loginHistory.failed'))}
          </Badge>
        ),
    },
    { key: 'ip', header: t('fields.ip'), render: (a) => a.ip ?? '—' },
    {
      key: 'device',
      header: t('fields.device'),
      render: (a) => (
        <Text size="sm" title={a.userAgent ?? undefined}>
          {describeDevice(a.userAgent) ?? a.userAgent ?? '—'}
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('settings.sections.loginHistory')} description={t('loginHistory.description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" maw={720}>
        <UserSelect label={t('fields.user')} value={filters.userId} onChange={(userId) => setFilters({ ...filters, userId })} />
        <FilterSelect
          label={t('loginHistory.result')}
          data={[
            { value: 'true', label: t('loginHistory.success') },
            { value: 'false', label: t('loginHistory.failed') },
          ]}
          value={filters.success}
          onChange={(v) => setFilters({ ...filters, success: v as LoginFilterValues['success'] })}
        />
      </SimpleGrid>
      <ListState {...list} isEmpty={list.items.length === 0} empty={t('loginHistory.empty')}>
        <DataTable rows={list.items} columns={columns} rowKey={(a) => a.id} label={t('settings.sections.loginHistory')} />
      </ListState>
    </>
  );
}
