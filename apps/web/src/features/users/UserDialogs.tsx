import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { ActivateModal } from './ActivateModal.tsx';
import type { UserDialog } from './UserActions.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { useDeleteUser, useUpdateUser } from './users.api.ts';

/** Whichever dialog a row action opened: edit, activate, deactivate or delete. */
export function UserDialogs({ dialog, onClose }: { dialog: UserDialog | null; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const remove = useDeleteUser();
  const user = dialog?.user;
  const name = user?.name ?? '';

  const succeeded = (message: string) => {
    notifySuccess(message);
    onClose();
  };
  const deactivate = () => {
    if (!user) return;
    update.mutate(
      { id: user.id, patch: { status: 'deactivated' } },
      { onSuccess: () => succeeded(t('users.deactivated', { name })), onError: (e) => notifyError(e, t) },
    );
  };
  const destroy = () => {
    if (!user) return;
    remove.mutate(user.id, { onSuccess: () => succeeded(t('users.deleted', { name })), onError: (e) => notifyError(e, t) });
  };

  return (
    <>
      {dialog?.kind === 'edit' && <UserFormModal key={dialog.user.id} opened onClose={onClose} user={dialog.user} />}
      {dialog?.kind === 'activate' && <ActivateModal key={dialog.user.id} user={dialog.user} onClose={onClose} />}
      <ConfirmModal
        opened={dialog?.kind === 'deactivate'}
        title={t('users.deactivateTitle')}
        message={t('users.deactivateText', { name })}
        confirmLabel={t('users.deactivate')}
        loading={update.isPending}
        onConfirm={deactivate}
        onClose={onClose}
      />
      <ConfirmModal
        opened={dialog?.kind === 'delete'}
        title={t('users.deleteTitle')}
        message={t('users.deleteText', { name })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={destroy}
        onClose={onClose}
      />
    </>
  );
}
