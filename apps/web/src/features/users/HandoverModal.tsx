import { Alert, Button, Group, List, Loader, Select, Stack, Text } from '@mantine/core';
import type { OwnedCounts, User } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { useFormat } from '../../lib/format.ts';
import { notifyError, notifySuccess, problemMessage } from '../../lib/problems.ts';
import { useHandOver, useOwnedCounts, useUserList } from './users.api.ts';

const KINDS = ['contacts', 'companies', 'leads', 'deals', 'orders'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (k: string): k is Kind => (KINDS as readonly string[]).includes(k);

/** "3 contacts", "1 deal"… for the kinds that have any; a kind added later shows by its table name. */
function OwnedList({ counts }: { counts: OwnedCounts }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rows = Object.entries(counts).filter(([, n]) => n > 0);
  return (
    <List size="sm" spacing={2}>
      {rows.map(([kind, n]) => (
        <List.Item key={kind}>
          {isKind(kind) ? t(`users.owned.${kind}`, { count: n, formatted: fmt.number(n) }) : `${kind}: ${fmt.number(n)}`}
        </List.Item>
      ))}
    </List>
  );
}

const total = (counts: OwnedCounts | undefined) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

type Props = { user: User; afterDeactivate?: boolean; onClose: () => void };

/** Shows what a user owns, lets the admin pick the colleague who takes it over, then what moved. */
export function HandoverModal({ user, afterDeactivate = false, onClose }: Props) {
  const { t } = useTranslation();
  const owned = useOwnedCounts(user.id);
  const colleagues = useUserList({ status: 'active' });
  const handOver = useHandOver();
  const [toUserId, setToUserId] = useState<string | null>(null);
  const [moved, setMoved] = useState<{ counts: OwnedCounts; to: string } | null>(null);
  const options = colleagues.items.filter((u) => u.id !== user.id).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const toName = (id: string) => colleagues.items.find((u) => u.id === id)?.name ?? '';

  const submit = () => {
    if (!toUserId) return;
    handOver.mutate(
      { id: user.id, toUserId },
      {
        onSuccess: ({ moved: counts }) => {
          setMoved({ counts, to: toName(toUserId) });
          notifySuccess(t('users.handoverSucceeded', { from: user.name, to: toName(toUserId) }));
        },
        onError: (e) => notifyError(e, t),
      },
    );
  };

  const body = () => {
    if (moved)
      return (
        <Stack gap="sm">
          <Text size="sm">{t('users.handoverDone', { name: moved.to })}</Text>
          {total(moved.counts) > 0 ? <OwnedList counts={moved.counts} /> : <Text size="sm">{t('users.handoverNone')}</Text>}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      );
    if (owned.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
    if (owned.isError)
      return (
        <Alert color="red" role="alert">
          {problemMessage(owned.error, t)}
        </Alert>
      );
    if (total(owned.data) === 0)
      return (
        <Stack gap="sm">
          <Text size="sm">{t('users.handoverNothing', { name: user.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      );
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t(afterDeactivate ? 'users.handoverAfterDeactivate' : 'users.handoverIntro', { name: user.name })}
          </Text>
          <OwnedList counts={owned.data} />
          <Select
            label={t('users.handoverTo')}
            placeholder={t('users.handoverToPlaceholder')}
            data={options}
            value={toUserId}
            onChange={setToUserId}
            searchable
            required
            nothingFoundMessage={t('common.nothingFound')}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!toUserId} loading={handOver.isPending}>
              {t('users.handoverRun')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t('users.handoverTitle', { name: user.name })}>
      {body()}
    </AppModal>
  );
}
