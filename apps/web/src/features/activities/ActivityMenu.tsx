import { ActionIcon, Menu } from '@mantine/core';
import type { Activity } from '@spilno/schema';
import { IconDots, IconPencil, IconPin, IconPinnedOff, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { notifyError } from '../../lib/problems.ts';
import { useCurrentUser } from '../auth/session.ts';
import { ActivityEditModal } from './ActivityEditModal.tsx';
import { useDeleteActivity, useUpdateActivity } from './activities.api.ts';

/** Edit, pin and delete, for the entry's author and for administrators only. */
export function ActivityMenu({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const update = useUpdateActivity();
  const remove = useDeleteActivity();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  if (a.type === 'system' || (a.authorId !== me.id && me.role !== 'admin')) return null;
  const onError = (e: unknown) => notifyError(e, t);

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('activities.actions')}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
            {t('common.edit')}
          </Menu.Item>
          <Menu.Item
            leftSection={a.pinned ? <IconPinnedOff size={16} /> : <IconPin size={16} />}
            onClick={() => update.mutate({ id: a.id, patch: { pinned: !a.pinned } }, { onError })}
          >
            {a.pinned ? t('activities.unpin') : t('activities.pinAction')}
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
            {t('common.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {dialog === 'edit' && <ActivityEditModal activity={a} onClose={() => setDialog(null)} />}
      <ConfirmModal
        opened={dialog === 'delete'}
        title={t('activities.deleteTitle')}
        message={t('activities.deleteText')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => remove.mutate(a.id, { onSuccess: () => setDialog(null), onError })}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
