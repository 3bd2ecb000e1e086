import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Group, NumberInput, Paper, Select, TextInput } from '@mantine/core';
import { IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import type { StageDraft } from './stageDraft.ts';

type Props = {
  stage: StageDraft;
  index: number;
  errors: FieldErrors;
  onChange: (stage: StageDraft) => void;
  onRemove: () => void;
};

/** One stage: drag handle (or Space and arrows), name, default probability, open / won / lost. */
export function StageRow({ stage, index, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: stage.key,
  });
  const name = stage.name || t('pipelines.stageN', { n: index + 1 });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        zIndex: isDragging ? 1 : undefined,
        position: 'relative',
      }}
      data-stage={stage.key}
    >
      <Group gap="xs" wrap="wrap" align="flex-start">
        <ActionIcon
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          variant="subtle"
          color="gray"
          size="input-sm"
          aria-label={t('pipelines.moveStage', { name })}
          style={{ cursor: 'grab', touchAction: 'none' }}
        >
          <IconGripVertical size={18} />
        </ActionIcon>
        <TextInput
          aria-label={t('pipelines.stageName', { n: index + 1 })}
          value={stage.name}
          onChange={(e) => onChange({ ...stage, name: e.currentTarget.value })}
          error={errors[`stages.${index}.name`]}
          style={{ flex: '1 1 180px' }}
        />
        <NumberInput
          aria-label={t('pipelines.probabilityOf', { name })}
          value={stage.probability}
          onChange={(v) => onChange({ ...stage, probability: Number(v) || 0 })}
          min={0}
          max={100}
          suffix="%"
          w={90}
          error={errors[`stages.${index}.probability`]}
        />
        <Select
          aria-label={t('pipelines.kindOf', { name })}
          data={(['open', 'won', 'lost'] as const).map((k) => ({ value: k, label: t(`pipelines.kinds.${k}`) }))}
          value={stage.kind}
          onChange={(k) => k && onChange({ ...stage, kind: k as StageDraft['kind'] })}
          allowDeselect={false}
          w={130}
        />
        <ActionIcon
          variant="subtle"
          color="red"
          size="input-sm"
          aria-label={t('pipelines.removeStage', { name })}
          onClick={onRemove}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
    </Paper>
  );
}
