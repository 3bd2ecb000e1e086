import { ActionIcon, Group, Menu, Stack } from '@mantine/core';
import { IconDots, IconTrash } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifyError, notifySuccess } from '../lib/problems.ts';
import { BackLink } from './BackLink.tsx';
import { ConfirmModal } from './ConfirmModal.tsx';

type Props = {
  back: { to: string; label: string };
  /** The record's name, figures and badges. */
  children: ReactNode;
  /** Only those who may change the record get the actions and the menu. */
  writable: boolean;
  /** Buttons before the "more" menu. */
  actions?: ReactNode;
  /** Menu items above "Delete". */
  menuItems?: ReactNode;
  moreLabel: string;
  /** Deleting asks first, then says so and goes back to the list. */
  remove: {
    mutation: UseMutationResult<void, Error, string>;
    id: string;
    title: string;
    message: string;
    done: string;
  };
};

/** The top of a record page (contact, lead, deal, order): back link, title block, actions, delete. */
export function RecordHeader({ back, children, writable, actions, menuItems, moreLabel, remove }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  // mutateAsync, not mutate's callbacks: refreshing the queries after the delete can show the page
  // as "not found" and unmount this header first, and mutate's callbacks die with it.
  const destroy = async () => {
    try {
      await remove.mutation.mutateAsync(remove.id);
    } catch (e) {
      return notifyError(e, t);
    }
    notifySuccess(remove.done);
    navigate(back.to);
  };

  return (
    <Stack gap="xs">
      <BackLink to={back.to}>{back.label}</BackLink>
      <Group justify="space-between" align="flex-start" gap="sm">
        {children}
        {writable && (
          <Group gap="xs" wrap="nowrap">
            {actions}
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="input-sm" aria-label={moreLabel}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {menuItems}
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                  {t('common.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      <ConfirmModal
        opened={deleting}
        title={remove.title}
        message={remove.message}
        confirmLabel={t('common.delete')}
        loading={remove.mutation.isPending}
        onConfirm={destroy}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}
