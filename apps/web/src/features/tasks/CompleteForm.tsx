import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useCompleteTask } from './tasks.api.ts';

/** Completing asks what came of it; the answer lands on the linked customer's timeline. */
export function CompleteForm({ taskId, onDone }: { taskId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { t: common } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const complete = useCompleteTask();
  const submit = () =>
    complete.mutate(
      { id: taskId, outcome: outcome.trim(), note: note.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('tasks.completed'));
          onDone();
        },
        onError: (e) => notifyError(e, common),
      },
    );
  return (
    <Stack gap="xs">
      <TextInput label={t('tasks.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} maxLength={200} />
      <Textarea label={t('tasks.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
      <Group justify="flex-end">
        <Button color="green" onClick={submit} loading={complete.isPending}>
          {t('tasks.complete')}
        </Button>
      </Group>
    </Stack>
  );
}
