import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { Pipeline } from '@spilno/schema';
import { DEFAULT_STAGES } from '@spilno/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { handleFormError, notifySuccess } from '../../lib/problems.ts';
import { useCreatePipeline } from './pipelines.api.ts';

/** A new pipeline starts with the usual stages, to be edited right after. */
export function NewPipelineModal({ onClose, onCreated }: { onClose: () => void; onCreated: (p: Pipeline) => void }) {
  const { t } = useTranslation();
  const create = useCreatePipeline();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('validation.required'));
    create.mutate(
      { name: name.trim(), stages: DEFAULT_STAGES },
      {
        onSuccess: (p) => {
          notifySuccess(t('pipelines.created', { name: p.name }));
          onCreated(p);
        },
        onError: (err) => setError(handleFormError(err, t, ['name']).name),
      },
    );
  };
  return (
    <AppModal opened onClose={onClose} title={t('pipelines.new')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('pipelines.name')}
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error}
          />
          <Text size="sm" c="dimmed">
            {t('pipelines.newHint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('pipelines.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
