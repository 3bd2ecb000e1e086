import { ActionIcon, Button, Group, Input, Select, Stack, TextInput } from '@mantine/core';
import type { Channel } from '@spilno/schema';
import { CHANNEL_LABELS } from '@spilno/schema/values';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../lib/form.ts';

type Props = {
  kind: 'phones' | 'emails';
  label: string;
  value: Channel[];
  onChange: (value: Channel[]) => void;
  /** Errors by path, e.g. `phones.1.value`. */
  errors: FieldErrors;
};

/** Several phones or emails, each with a label (mobile, work, home, other). */
export function ChannelsInput({ kind, label, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Channel>) => onChange(value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const labels = CHANNEL_LABELS.map((l) => ({ value: l, label: t(`channels.labels.${l}`) }));
  const noun = kind === 'phones' ? t('channels.phone') : t('channels.email');
  return (
    <Stack gap={6}>
      <Input.Label>{label}</Input.Label>
      {value.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={`${noun} ${i + 1}`}
            type={kind === 'phones' ? 'tel' : 'email'}
            value={c.value}
            onChange={(e) => set(i, { value: e.currentTarget.value })}
            error={errors[`${kind}.${i}.value`] ?? errors[`${kind}.${i}`]}
            style={{ flex: 1 }}
          />
          <Select
            aria-label={t('channels.labelOf', { name: `${noun} ${i + 1}` })}
            data={labels}
            value={c.label}
            onChange={(l) => l && set(i, { label: l })}
            allowDeselect={false}
            w={120}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="input-sm"
            aria-label={t('channels.remove', { name: `${noun} ${i + 1}` })}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...value, { value: '', label: kind === 'phones' ? 'mobile' : 'work' }])}
        style={{ alignSelf: 'flex-start' }}
      >
        {kind === 'phones' ? t('channels.addPhone') : t('channels.addEmail')}
      </Button>
    </Stack>
  );
}
