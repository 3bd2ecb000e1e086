import { Badge, Checkbox, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import type { Task } from '@spilno/schema';
import { IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { notifyError } from '../../lib/problems.ts';
import { useCompleteTask } from './tasks.api.ts';

const PRIORITY_COLOR = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' } as const;

export const isOverdue = (task: Task): boolean => {
  if (task.status === 'done' || task.status === 'cancelled') return false;
  if (task.dueAt) return Date.parse(task.dueAt) < Date.now();
  return Boolean(task.dueDate && task.dueDate < new Date().toLocaleDateString('sv'));
};

/** One line of a task list: tick it off in place, open it for the rest. */
export function TaskRow({ task, onOpen }: { task: Task; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const { t: common } = useTranslation();
  const fmt = useFormat();
  const complete = useCompleteTask();
  const done = task.status === 'done';
  const due = task.dueAt ? fmt.dateTime(task.dueAt) : task.dueDate ? fmt.date(`${task.dueDate}T12:00:00`) : t('tasks.noDue');
  return (
    <Paper withBorder p="sm" data-testid="task-row">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Checkbox
          mt={2}
          checked={done}
          disabled={done || complete.isPending}
          aria-label={t('tasks.complete')}
          onChange={() => complete.mutate({ id: task.id }, { onError: (e) => notifyError(e, common) })}
        />
        <UnstyledButton onClick={() => onOpen(task.id)} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={500} td={done ? 'line-through' : undefined} truncate>
            {task.title}
          </Text>
          <Group gap={6} mt={4} wrap="wrap">
            <Text size="xs" c={isOverdue(task) ? 'red' : 'dimmed'}>
              {due}
            </Text>
            <Badge size="xs" variant="light">
              {t(`tasks.types.${task.type}`)}
            </Badge>
            {task.priority !== 'normal' && (
              <Badge size="xs" color={PRIORITY_COLOR[task.priority]}>
                {t(`tasks.priorities.${task.priority}`)}
              </Badge>
            )}
            {task.rrule && <IconRepeat size={14} aria-label={t('tasks.recurring')} />}
            {task.assigneeName && (
              <Text size="xs" c="dimmed">
                {task.assigneeName}
              </Text>
            )}
          </Group>
        </UnstyledButton>
      </Group>
    </Paper>
  );
}
