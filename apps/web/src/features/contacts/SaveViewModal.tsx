import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import type { SavedView } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useCreateView, type ViewDraft } from './views.api.ts';

type Props = { draft: Omit<ViewDraft, 'name' | 'shared'>; onSaved: (view: SavedView) => void; onClose: () => void };

/** Names the current filters, columns and sort; shared views appear for every colleague. */
export function SaveViewModal({ draft, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateView();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string>();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('validation.required'));
    create.mutate(
      { ...draft, name: name.trim(), shared },
      {
        onSuccess: (view) => {
          notifySuccess(t('views.saved', { name: view.name }));
          onSaved(view);
          onClose();
        },
        onError: (err) => notifyError(err, t),
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t('views.saveTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('views.name')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            data-autofocus
          />
          <Checkbox label={t('views.shareWithEveryone')} checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
