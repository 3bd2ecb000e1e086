import { Anchor, Group, Text } from '@mantine/core';
import type { Lead } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ListState } from '../../components/ListState.tsx';
import { useFormat } from '../../lib/format.ts';
import { useUserNames } from '../users/useUserNames.ts';
import { LeadStatusBadge, RatingBadge } from './LeadBadges.tsx';
import { type LeadListFilters, useLeadList } from './leads.api.ts';

/** Every lead, converted and dead ones too, page by page. */
export function LeadTable({ filters }: { filters: LeadListFilters }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const owners = useUserNames();
  const list = useLeadList(filters);
  const columns: Column<Lead>[] = [
    {
      key: 'name',
      header: t('leads.fields.name'),
      primary: true,
      render: (l) => (
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/leads/${l.id}`} inherit>
            {l.name}
          </Anchor>
          <RatingBadge rating={l.rating} />
        </Group>
      ),
    },
    { key: 'company', header: t('leads.fields.companyName'), render: (l) => l.companyName ?? '—' },
    { key: 'status', header: t('leads.fields.status'), bare: true, render: (l) => <LeadStatusBadge lead={l} /> },
    {
      key: 'next',
      header: t('leads.fields.nextActionAt'),
      nowrap: true,
      render: (l) => (
        <Text inherit c={l.overdue ? 'red' : undefined}>
          {fmt.dateTime(l.nextActionAt)}
        </Text>
      ),
    },
    { key: 'source', header: t('leads.fields.source'), render: (l) => (l.source ? t(`leads.sources.${l.source}`) : '—') },
    { key: 'owner', header: t('leads.fields.owner'), render: (l) => (l.ownerId ? (owners.get(l.ownerId) ?? '—') : '—') },
  ];
  return (
    <ListState {...list} isEmpty={list.items.length === 0} empty={t('leads.empty')}>
      <DataTable rows={list.items} columns={columns} rowKey={(l) => l.id} label={t('leads.table')} />
    </ListState>
  );
}
