import { ActionIcon, Group, Paper, Switch, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import { keyFrom, type StatusRowDraft } from './statusDraft.ts';

type Props = {
  draft: StatusRowDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (draft: StatusRowDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** One status: its label, its key (fixed once saved), whether it closes an order, its place in the list. */
export function StatusRow({ draft, index, count, errors, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const name = draft.label || draft.key || String(index + 1);
  const setLabel = (label: string) =>
    onChange({ ...draft, label, ...(draft.isNew && draft.key === keyFrom(draft.label) && { key: keyFrom(label) }) });
  return (
    <Paper withBorder p="xs">
      <Group gap="xs" align="flex-start">
        <TextInput
          aria-label={t('orders.statuses.label', { n: index + 1 })}
          placeholder={t('orders.statuses.labelPlaceholder')}
          value={draft.label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={errors[`statuses.${index}.label`]}
          style={{ flex: '2 1 180px' }}
        />
        <TextInput
          aria-label={t('orders.statuses.key', { n: index + 1 })}
          placeholder={t('orders.statuses.keyPlaceholder')}
          value={draft.key}
          readOnly={!draft.isNew}
          variant={draft.isNew ? 'default' : 'filled'}
          onChange={(e) => onChange({ ...draft, key: e.currentTarget.value.trim() })}
          error={errors[`statuses.${index}.key`]}
          ff="monospace"
          style={{ flex: '1 1 120px' }}
        />
        <Group gap="xs" justify="space-between" wrap="nowrap" style={{ flex: '1 1 auto' }}>
          <Switch
            label={t('orders.statuses.closed')}
            checked={draft.closed ?? false}
            onChange={(e) => onChange({ ...draft, closed: e.currentTarget.checked })}
          />
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="input-sm"
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
              aria-label={t('orders.statuses.up', { name })}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="input-sm"
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
              aria-label={t('orders.statuses.down', { name })}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              size="input-sm"
              onClick={onRemove}
              aria-label={t('orders.statuses.remove', { name })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Group>
      </Group>
    </Paper>
  );
}
