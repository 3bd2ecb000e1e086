import { ActionIcon, Button, Group, Menu } from '@mantine/core';
import type { User } from '@spilno/schema';
import { IconDots, IconPencil, IconTrash, IconUserCheck, IconUserOff, IconUserShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type UserDialog = {
  kind: 'edit' | 'activate' | 'deactivate' | 'reactivate' | 'delete' | 'handover';
  user: User;
  /** The handover offered right after deactivating someone who still owns records. */
  afterDeactivate?: boolean;
};

/** The row's actions: "Activate" stands out for pending users; the rest sit in a menu. */
export function UserActions({ user, isSelf, open }: { user: User; isSelf: boolean; open: (d: UserDialog) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      {user.status === 'pending' && (
        <Button size="xs" color="teal" leftSection={<IconUserCheck size={14} />} onClick={() => open({ kind: 'activate', user })}>
          {t('users.activate')}
        </Button>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: user.name })}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => open({ kind: 'edit', user })}>
            {t('common.edit')}
          </Menu.Item>
          {!isSelf && user.status === 'active' && (
            <Menu.Item leftSection={<IconUserOff size={16} />} onClick={() => open({ kind: 'deactivate', user })}>
              {t('users.deactivate')}
            </Menu.Item>
          )}
          {user.status === 'deactivated' && (
            <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => open({ kind: 'reactivate', user })}>
              {t('users.reactivate')}
            </Menu.Item>
          )}
          {!isSelf && (
            <Menu.Item leftSection={<IconUserShare size={16} />} onClick={() => open({ kind: 'handover', user })}>
              {t('users.handover')}
            </Menu.Item>
          )}
          {!isSelf && (
            <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => open({ kind: 'delete', user })}>
              {t('common.delete')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
