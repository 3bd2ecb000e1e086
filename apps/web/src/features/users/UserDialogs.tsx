import type { User } from '@spilno/schema';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ApiError } from '../../lib/api.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { ActivateModal } from './ActivateModal.tsx';
import { HandoverModal } from './HandoverModal.tsx';
import type { UserDialog } from './UserActions.tsx';
import { UserFormModal } from './UserFormModal.tsx';
import { ownedQuery, useDeleteUser, useUpdateUser } from './users.api.ts';

type Props = { dialog: UserDialog | null; onOpen: (d: UserDialog) => void; onClose: () => void };

/** Whichever dialog a row action opened: edit, activate, deactivate, hand over or delete. */
export function UserDialogs({ dialog, onOpen, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const update = useUpdateUser();
  const remove = useDeleteUser();
  const user = dialog?.user;
  const name = user?.name ?? '';

  const succeeded = (message: string) => {
    notifySuccess(message);
    onClose();
  };
  const offerHandover = async (who: User, afterDeactivate: boolean) => {
    const counts = await client.fetchQuery(ownedQuery(who.id)).catch(() => null);
    if (counts && Object.values(counts.counts).some((n) => n > 0)) onOpen({ kind: 'handover', user: who, afterDeactivate });
    else onClose();
  };
  const deactivate = () => {
    if (!user) return;
    update.mutate(
      { id: user.id, patch: { status: 'deactivated' } },
      {
        onSuccess: (updated) => {
          notifySuccess(t('users.deactivated', { name }));
          // Records of someone who cannot sign in any more would be left unattended: offer to hand them over.
          offerHandover(updated, true);
        },
        onError: (e) => notifyError(e, t),
      },
    );
  };
  const destroy = () => {
    if (!user) return;
    remove.mutate(user.id, {
      onSuccess: () => succeeded(t('users.deleted', { name })),
      onError: (e) => {
        notifyError(e, t);
        // Refused because they still own records: the way forward is the handover.
        if (e instanceof ApiError && e.status === 409) offerHandover(user, false);
      },
    });
  };

  return (
    <>
      {dialog?.kind === 'edit' && <UserFormModal key={dialog.user.id} opened onClose={onClose} user={dialog.user} />}
      {dialog?.kind === 'activate' && <ActivateModal key={dialog.user.id} user={dialog.user} onClose={onClose} />}
      {dialog?.kind === 'handover' && (
        <HandoverModal
          key={dialog.user.id}
          user={dialog.user}
          afterDeactivate={dialog.afterDeactivate ?? false}
          onClose={onClose}
        />
      )}
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
