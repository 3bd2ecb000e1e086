import { Badge, Text } from '@mantine/core';
import type { AuditEntry } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useFormat } from '../../lib/format.ts';
import { AuditChanges } from './AuditChanges.tsx';
import { AuditFilters, EMPTY_AUDIT_FILTERS, ENTITY_TYPES } from './AuditFilters.tsx';
import { type AuditFilterValues, useAuditLog } from './audit.api.ts';

const ACTION_COLORS: Partial<Record<AuditEntry['action'], string>> = {
  create: 'teal',
  update: 'blue',
  delete: 'red',
  login_failed: 'orange',
  role_change: 'grape',
};
const isKnownEntity = (e: string): e is (typeof ENTITY_TYPES)[number] => (ENTITY_TYPES as readonly string[]).includes(e);

export default function AuditLogPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTERS);
  const list = useAuditLog(filters);

  const columns: Column<AuditEntry>[] = [
    { key: 'when', header: t('audit.when'), primary: true, nowrap: true, render: (e) => fmt.dateTime(e.createdAt) },
    { key: 'who', header: t('audit.who'), render: (e) => e.userName ?? t('audit.system') },
    {
      key: 'action',
      header: t('audit.action'),
      render: (e) => (
        <Badge variant="light" color={ACTION_COLORS[e.action] ?? 'gray'}>
          {t(`audit.actions.${e.action}`)}
        </Badge>
      ),
    },
    {
      key: 'entity',
      header: t('audit.entityType'),
      render: (e) => (isKnownEntity(e.entityType) ? t(`audit.entityTypes.${e.entityType}`) : e.entityType),
    },
    { key: 'changes', header: t('audit.changes'), wide: true, render: (e) => <AuditChanges changes={e.changes} /> },
    {
      key: 'ip',
      header: t('fields.ip'),
      render: (e) => (
        <Text size="xs" c="dimmed">
          {e.ip ?? '—'}
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('settings.sections.auditLog')} description={t('audit.description')} />
      <AuditFilters value={filters} onChange={setFilters} />
      <ListState {...list} isEmpty={list.items.length === 0} empty={t('audit.empty')}>
        <DataTable
          rows={list.items}
          columns={columns}
          rowKey={(e) => e.id}
          label={t('settings.sections.auditLog')}
          minWidth={900}
        />
      </ListState>
    </>
  );
}
