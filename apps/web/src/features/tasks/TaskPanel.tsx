import { Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../components/ListState.tsx';
import { QuickAdd } from './QuickAdd.tsx';
import { TaskDrawer } from './TaskDrawer.tsx';
import { TaskRow } from './TaskRow.tsx';
import { useTasks } from './tasks.api.ts';

/** The tasks of one contact or company, for its page; quick add links new ones to it. */
export function TaskPanel({ target }: { target: { contactId: string } | { companyId: string } }) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useTasks({ ...target, view: 'all' });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('tasks.panel')}
        </Title>
        <QuickAdd link={target} />
        <ListState {...list} isEmpty={list.items.length === 0} empty={t('tasks.empty')}>
          <Stack gap="xs">
            {list.items.map((task) => (
              <TaskRow key={task.id} task={task} onOpen={setOpenId} />
            ))}
          </Stack>
        </ListState>
      </Stack>
      <TaskDrawer taskId={openId} onClose={() => setOpenId(null)} />
    </Paper>
  );
}
