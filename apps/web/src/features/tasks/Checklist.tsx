import { ActionIcon, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import type { Task } from '@spilno/schema';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Items = Task['checklist'];

export function Checklist({ value, onChange }: { value: Items; onChange: (items: Items) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = () => {
    if (!text.trim()) return;
    onChange([...value, { text: text.trim(), done: false }]);
    setText('');
  };
  return (
    <Stack gap={6}>
      {value.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items have no id and may repeat a text; the list only changes at its ends or by removal
        <Group key={`${i}-${item.text}`} gap="xs" wrap="nowrap">
          <Checkbox
            style={{ flex: 1 }}
            label={item.text}
            checked={item.done}
            onChange={(e) => onChange(value.map((x, j) => (j === i ? { ...x, done: e.currentTarget.checked } : x)))}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('tasks.delete')}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          size="xs"
          placeholder={t('tasks.addItem')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <ActionIcon variant="light" aria-label={t('tasks.addItem')} onClick={add}>
          <IconPlus size={14} />
        </ActionIcon>
      </Group>
    </Stack>
  );
}
