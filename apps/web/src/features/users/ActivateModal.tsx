import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { Role, User } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { roleOptions } from './options.ts';
import { useUpdateUser } from './users.api.ts';

/** Lets a pending sign-up in, with the role the administrator picks. */
export function ActivateModal({ user, onClose }: { user: User | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user?.role ?? 'manager');
  const update = useUpdateUser();

  const activate = () => {
    if (!user) return;
    update.mutate(
      { id: user.id, patch: { status: 'active', role } },
      {
        onSuccess: (u) => {
          notifySuccess(t('users.activated', { name: u.name }));
          onClose();
        },
        onError: (e) => notifyError(e, t),
      },
    );
  };

  return (
    <AppModal opened={Boolean(user)} onClose={onClose} title={t('users.activateTitle')}>
      <Stack>
        <Text size="sm">{t('users.activateText', { name: user?.name ?? '', email: user?.email ?? '' })}</Text>
        <Select
          label={t('fields.role')}
          data={roleOptions(t)}
          value={role}
          onChange={(value) => value && setRole(value as Role)}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="teal" onClick={activate} loading={update.isPending}>
            {t('users.activate')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
