import { Alert, Button, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { Pipeline } from '@spilno/schema';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import type { FieldErrors } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifyError, notifySuccess } from '../../lib/problems.ts';
import { useDeletePipeline, useUpdatePipeline } from './pipelines.api.ts';
import { StageList } from './StageList.tsx';
import { draftsOf, newStage, stagesInput } from './stageDraft.ts';

/** Renames a pipeline, makes it the default, and edits its stages; nothing is saved until Save. */
export function PipelineEditor({ pipeline, onDeleted }: { pipeline: Pipeline; onDeleted: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePipeline();
  const remove = useDeletePipeline();
  const [name, setName] = useState(pipeline.name);
  const [isDefault, setIsDefault] = useState(pipeline.isDefault);
  const [stages, setStages] = useState(() => draftsOf(pipeline));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [deleting, setDeleting] = useState(false);
  const missingEnds = !stages.some((s) => s.kind === 'won') || !stages.some((s) => s.kind === 'lost');

  const save = () => {
    if (!name.trim() || stages.some((s) => !s.name.trim()))
      return setErrors({ name: name.trim() ? '' : t('validation.required'), ...emptyNames() });
    update.mutate(
      {
        id: pipeline.id,
        patch: { name: name.trim(), stages: stagesInput(stages), ...(isDefault && !pipeline.isDefault && { isDefault: true }) },
      },
      {
        onSuccess: () => notifySuccess(t('pipelines.saved', { name: name.trim() })),
        onError: (e) => setErrors(fieldErrorsOrNotify(e, t)),
      },
    );
  };
  const emptyNames = () =>
    Object.fromEntries(stages.flatMap((s, i) => (s.name.trim() ? [] : [[`stages.${i}.name`, t('validation.required')]])));
  const destroy = () =>
    remove.mutate(pipeline.id, {
      onSuccess: () => {
        notifySuccess(t('pipelines.deleted', { name: pipeline.name }));
        onDeleted();
      },
      onError: (e) => notifyError(e, t),
    });

  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Group align="flex-end" gap="md">
          <TextInput
            label={t('pipelines.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name || undefined}
            style={{ flex: '1 1 240px' }}
          />
          <Switch
            label={t('pipelines.isDefault')}
            checked={isDefault}
            disabled={pipeline.isDefault}
            onChange={(e) => setIsDefault(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('pipelines.stagesHint')}
        </Text>
        <StageList stages={stages} errors={errors} onChange={setStages} />
        <Button
          variant="subtle"
          leftSection={<IconPlus size={16} />}
          onClick={() => setStages([...stages, newStage()])}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('pipelines.addStage')}
        </Button>
        {missingEnds && <Alert color="orange">{t('pipelines.needsEnds')}</Alert>}
        <Group justify="space-between">
          {pipeline.isDefault ? (
            <span />
          ) : (
            <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
              {t('pipelines.delete')}
            </Button>
          )}
          <Group gap="xs">
            <Button variant="default" onClick={() => setStages(draftsOf(pipeline))}>
              {t('pipelines.reset')}
            </Button>
            <Button onClick={save} loading={update.isPending} disabled={missingEnds}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
      <ConfirmModal
        opened={deleting}
        title={t('pipelines.deleteTitle')}
        message={t('pipelines.deleteText', { name: pipeline.name })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={destroy}
        onClose={() => setDeleting(false)}
      />
    </Paper>
  );
}
