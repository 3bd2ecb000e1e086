import { Anchor } from '@mantine/core';
import type { Deal, Pipeline } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ListState } from '../../components/ListState.tsx';
import { useFormat } from '../../lib/format.ts';
import { useMoney } from '../sales/money.ts';
import { useUserNames } from '../users/useUserNames.ts';
import { DealStatusBadge } from './DealStatusBadge.tsx';
import { type DealListFilters, useDealList } from './deals.api.ts';

/** The deals of one pipeline as rows, page by page. */
export function DealTable({ filters, pipeline }: { filters: DealListFilters; pipeline: Pipeline }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { money } = useMoney();
  const owners = useUserNames();
  const list = useDealList(filters);
  const stages = new Map(pipeline.stages.map((s) => [s.id, s.name]));
  const columns: Column<Deal>[] = [
    {
      key: 'name',
      header: t('deals.fields.name'),
      primary: true,
      render: (d) => (
        <Anchor component={Link} to={`/deals/${d.id}`} inherit>
          {d.name}
        </Anchor>
      ),
    },
    { key: 'stage', header: t('deals.fields.stage'), render: (d) => stages.get(d.stageId) ?? '—' },
    { key: 'status', header: t('deals.fields.status'), bare: true, render: (d) => <DealStatusBadge status={d.status} /> },
    { key: 'amount', header: t('deals.fields.amount'), nowrap: true, render: (d) => money(d.amount, d.currency) },
    { key: 'probability', header: t('deals.fields.probability'), render: (d) => `${d.probability}%` },
    { key: 'close', header: t('deals.fields.expectedCloseDate'), nowrap: true, render: (d) => fmt.date(d.expectedCloseDate) },
    {
      key: 'customer',
      header: t('deals.customer'),
      render: (d) => [d.contactName, d.companyName].filter(Boolean).join(' · ') || '—',
    },
    { key: 'owner', header: t('deals.fields.owner'), render: (d) => (d.ownerId ? (owners.get(d.ownerId) ?? '—') : '—') },
  ];
  return (
    <ListState {...list} isEmpty={list.items.length === 0} empty={t('deals.empty')}>
      <DataTable rows={list.items} columns={columns} rowKey={(d) => d.id} label={t('deals.table')} minWidth={900} />
    </ListState>
  );
}
