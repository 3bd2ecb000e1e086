import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { ContactBulk, ContactFilter } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { useFormat } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import type { Selection } from '../../lib/selection.ts';
import { UserSelect } from '../users/UserSelect.tsx';
import { useContactBulk } from './contacts.api.ts';

export type BulkKind = 'tag' | 'untag' | 'assign' | 'delete';

/** From this many contacts an action takes long enough (~1 s per 1,000) to say what is going on. */
const LONG_BULK = 1000;
type Props = {
  kind: BulkKind;
  count: number;
  selection: Selection;
  filter: ContactFilter;
  onDone: () => void;
  onClose: () => void;
};

/** Asks for the tag or the new owner (or for confirmation) and applies it to the whole selection. */
export function BulkDialog({ kind, count, selection, filter, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const bulk = useContactBulk();
  const [tag, setTag] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const target = selection.all ? { filter } : { ids: [...selection.ids] };
  const n = { count, formatted: fmt.number(count) };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body: ContactBulk = { action: kind, ...target };
    if (kind === 'tag' || kind === 'untag') {
      if (!tag.trim()) return setError(t('validation.required'));
      body.tag = tag.trim().toLowerCase();
    }
    if (kind === 'assign') {
      if (!ownerId) return setError(t('validation.required'));
      body.ownerId = ownerId;
    }
    if (kind === 'delete') body.confirm = true;
    bulk.mutate(body, {
      onSuccess: ({ affected }) => {
        notifySuccess(t(`bulk.done.${kind}`, { count: affected, formatted: fmt.number(affected) }));
        onDone();
        onClose();
      },
      onError: (err) => notifyError(err, t),
    });
  };

  return (
    <AppModal opened onClose={onClose} title={t(`bulk.titles.${kind}`, n)}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {kind === 'delete' && <Text size="sm">{t('bulk.deleteText', n)}</Text>}
          {(kind === 'tag' || kind === 'untag') && (
            <TextInput
              label={t('contacts.fields.tag')}
              value={tag}
              onChange={(e) => {
                setTag(e.currentTarget.value);
                setError(undefined);
              }}
              error={error}
              data-autofocus
            />
          )}
          {kind === 'assign' && (
            <UserSelect
              label={t('contacts.fields.owner')}
              placeholder={t('bulk.pickOwner')}
              value={ownerId}
              onChange={(id) => {
                setOwnerId(id);
                setError(undefined);
              }}
              error={error}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={kind === 'delete' ? 'red' : undefined} loading={bulk.isPending}>
              {t(`bulk.apply.${kind}`, n)}
            </Button>
          </Group>
          {bulk.isPending && count >= LONG_BULK && (
            <Text size="sm" c="dimmed" role="status">
              {t('bulk.working', n)}
            </Text>
          )}
        </Stack>
      </form>
    </AppModal>
  );
}
