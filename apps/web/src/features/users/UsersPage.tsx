import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { User } from '@spilno/schema';
import { IconHourglass, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useFormat } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useCurrentUser } from '../auth/session.ts';
import { RoleBadge, StatusBadge } from './badges.tsx';
import { UserActions, type UserDialog } from './UserActions.tsx';
import { UserDialogs } from './UserDialogs.tsx';
import { UserFilters, type UserFilterValues } from './UserFilters.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { useUpdateUser, useUserList } from './users.api.ts';

export default function UsersPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const fmt = useFormat();
  const [filters, setFilters] = useState<UserFilterValues>({ q: '', role: null, status: null });
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const list = useUserList({ q: q || undefined, role: filters.role ?? undefined, status: filters.status ?? undefined });
  const pending = useUserList({ status: 'pending' });
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<UserDialog | null>(null);

  const open = (d: UserDialog) => {
    if (d.kind !== 'reactivate') return setDialog(d);
    update.mutate(
      { id: d.user.id, patch: { status: 'active' } },
      { onSuccess: (u) => notifySuccess(t('users.activated', { name: u.name })), onError: (e) => notifyError(e, t) },
    );
  };

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t('fields.name'),
      primary: true,
      render: (u) => (
        <Group gap={6} wrap="nowrap">
          <Text inherit>{u.name}</Text>
          {u.id === me.id && (
            <Badge size="xs" variant="outline">
              {t('users.you')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'email', header: t('fields.email'), render: (u) => u.email },
    { key: 'role', header: t('fields.role'), render: (u) => <RoleBadge role={u.role} /> },
    { key: 'status', header: t('fields.status'), render: (u) => <StatusBadge status={u.status} /> },
    {
      key: 'lastLogin',
      header: t('users.lastLogin'),
      render: (u) => (u.lastLoginAt ? fmt.dateTime(u.lastLoginAt) : t('users.never')),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      bare: true,
      render: (u) => <UserActions user={u} isSelf={u.id === me.id} open={open} />,
    },
  ];

  const pendingCount = pending.items.length;
  return (
    <>
      <PageHeader
        title={t('settings.sections.users')}
        description={t('users.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('users.new')}
          </Button>
        }
      />
      {pendingCount > 0 && filters.status !== 'pending' && (
        <Alert color="orange" icon={<IconHourglass />} mb="md" title={t('users.pendingTitle', { count: pendingCount })}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('users.pendingText')}</Text>
            <Button size="xs" variant="white" color="orange" onClick={() => setFilters({ q: '', role: null, status: 'pending' })}>
              {t('users.showPending')}
            </Button>
          </Group>
        </Alert>
      )}
      <UserFilters value={filters} onChange={setFilters} />
      <ListState {...list} isEmpty={list.items.length === 0} empty={t('users.empty')}>
        <DataTable rows={list.items} columns={columns} rowKey={(u) => u.id} label={t('settings.sections.users')} />
      </ListState>
      {creating && <UserFormModal opened onClose={() => setCreating(false)} />}
      <UserDialogs dialog={dialog} onOpen={setDialog} onClose={() => setDialog(null)} />
    </>
  );
}
