import { Button, Group, TextInput } from '@mantine/core';
import type { TaskCreate } from '@spilno/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../lib/problems.ts';
import { parseQuickAdd } from './quickAdd.ts';
import { useCreateTask } from './tasks.api.ts';

/** One line turns into a task: "Call Ivan tomorrow 10:00". Links (a contact's page) come from `link`. */
export function QuickAdd({ link }: { link?: Pick<TaskCreate, 'contactId' | 'companyId'> }) {
  const { t } = useTranslation();
  const { t: common } = useTranslation();
  const [text, setText] = useState('');
  const create = useCreateTask();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    create.mutate(
      { ...parseQuickAdd(text), ...link },
      { onSuccess: () => setText(''), onError: (err) => notifyError(err, common) },
    );
  };
  return (
    <form onSubmit={submit}>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          placeholder={t('tasks.quickAdd')}
          aria-label={t('tasks.quickAdd')}
        />
        <Button type="submit" loading={create.isPending}>
          {t('tasks.add')}
        </Button>
      </Group>
    </form>
  );
}
