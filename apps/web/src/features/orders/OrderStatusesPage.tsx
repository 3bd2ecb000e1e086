import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { FieldErrors } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifySuccess } from '../../lib/problems.ts';
import { QueryGate } from '../sales/QueryGate.tsx';
import { type OrderStatus, useOrderStatuses, useSaveStatuses } from './orders.api.ts';
import { StatusRow } from './StatusRow.tsx';
import { draftsOf, KEY_PATTERN, move, newDraft } from './statusDraft.ts';

/** Admins name the steps an order goes through, order them and mark the ones that close it. */
export default function OrderStatusesPage() {
  const { t } = useTranslation();
  const statuses = useOrderStatuses();
  return (
    <>
      <PageHeader title={t('orders.statusesTitle')} description={t('orders.statuses.description')} />
      <QueryGate query={statuses}>{(list) => <StatusEditor saved={list} />}</QueryGate>
    </>
  );
}

function StatusEditor({ saved }: { saved: OrderStatus[] }) {
  const { t } = useTranslation();
  const save = useSaveStatuses();
  const [drafts, setDrafts] = useState(() => draftsOf(saved));
  const [errors, setErrors] = useState<FieldErrors>({});

  const check = (): FieldErrors =>
    Object.fromEntries(
      drafts.flatMap((d, i) => [
        ...(d.label.trim() ? [] : [[`statuses.${i}.label`, t('validation.required')]]),
        ...(KEY_PATTERN.test(d.key) ? [] : [[`statuses.${i}.key`, t('orders.statuses.keyHint')]]),
        ...(drafts.findIndex((x) => x.key === d.key) < i ? [[`statuses.${i}.key`, t('orders.statuses.keyTaken')]] : []),
      ]),
    );
  const submit = () => {
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    save.mutate(
      drafts.map(({ key, label, closed }) => ({ key, label: label.trim(), closed })),
      {
        onSuccess: (r) => {
          setDrafts(draftsOf(r.items));
          notifySuccess(t('orders.statuses.saved'));
        },
        onError: (e) => setErrors(fieldErrorsOrNotify(e, t)),
      },
    );
  };

  return (
    <Stack gap="xs" maw={860}>
      <Text size="sm" c="dimmed">
        {t('orders.statuses.hint')}
      </Text>
      {drafts.map((d, i) => (
        <StatusRow
          key={d.id}
          draft={d}
          index={i}
          count={drafts.length}
          errors={errors}
          onChange={(next) => setDrafts(drafts.map((x, j) => (j === i ? next : x)))}
          onMove={(to) => setDrafts(move(drafts, i, to))}
          onRemove={() => setDrafts(drafts.filter((_, j) => j !== i))}
        />
      ))}
      <Group justify="space-between" mt="xs">
        <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => setDrafts([...drafts, newDraft()])}>
          {t('orders.statuses.add')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={() => setDrafts(draftsOf(saved))}>
            {t('orders.statuses.reset')}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={drafts.length === 0}>
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
