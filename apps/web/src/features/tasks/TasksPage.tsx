import { Stack, Tabs } from '@mantine/core';
import { TASK_VIEWS } from '@spilno/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { QuickAdd } from './QuickAdd.tsx';
import { TaskDrawer } from './TaskDrawer.tsx';
import { TaskRow } from './TaskRow.tsx';
import { useTasks } from './tasks.api.ts';

type View = (typeof TASK_VIEWS)[number];

/** My tasks: today, overdue, upcoming (and everything), with quick add on top. */
export default function TasksPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const view = (TASK_VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as View) : 'today';
  const [openId, setOpenId] = useState<string | null>(params.get('task'));
  const list = useTasks({ view, assigneeId: user.id });
  return (
    <Stack>
      <PageHeader title={t('tasks.title')} />
      <QuickAdd />
      <Tabs value={view} onChange={(v) => setParams(v ? { view: v } : {})}>
        <Tabs.List>
          {TASK_VIEWS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`tasks.views.${v}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <ListState {...list} isEmpty={list.items.length === 0} empty={t('tasks.empty')}>
        <Stack gap="xs">
          {list.items.map((task) => (
            <TaskRow key={task.id} task={task} onOpen={setOpenId} />
          ))}
        </Stack>
      </ListState>
      <TaskDrawer taskId={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}
