import {
  Button,
  Checkbox,
  Divider,
  Drawer,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Slider,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { OccurrenceScope, Task } from '@spilno/schema';
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES } from '@spilno/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { Checklist } from './Checklist.tsx';
import { CompleteForm } from './CompleteForm.tsx';
import {
  atOccurrence,
  type Occurrence,
  REMINDER_OPTIONS,
  REPEATS,
  type Repeat,
  splitPatch,
  type TaskForm,
  toForm,
  toPatch,
} from './taskForm.ts';
import { useDeleteTask, useTask, useUpdateOccurrence, useUpdateTask } from './tasks.api.ts';

/**
 * Everything about one task: edit, tick the checklist, complete with an outcome, delete. Opened on
 * an occurrence of a series (from the calendar), it edits that occurrence alone or it and all following.
 */
export function TaskDrawer({
  taskId,
  occurrence,
  onClose,
}: {
  taskId: string | null;
  occurrence?: Occurrence | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = useTask(taskId);
  return (
    <Drawer opened={Boolean(taskId)} onClose={onClose} position="right" size="md" title={t('tasks.edit')}>
      {query.data && (
        <TaskEditor
          key={`${query.data.updatedAt}${occurrence?.start ?? ''}`}
          task={query.data}
          occurrence={occurrence}
          onClose={onClose}
        />
      )}
    </Drawer>
  );
}

function TaskEditor({ task: stored, occurrence, onClose }: { task: Task; occurrence?: Occurrence | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { t: common } = useTranslation();
  const task = atOccurrence(stored, occurrence);
  const [form, setForm] = useState<TaskForm>(() => toForm(task));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [scope, setScope] = useState<OccurrenceScope>(occurrence ? 'this' : 'following');
  const update = useUpdateTask();
  const updateOccurrence = useUpdateOccurrence();
  const remove = useDeleteTask();
  const set = <K extends keyof TaskForm>(key: K, value: TaskForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const options = <T extends string>(values: readonly T[], prefix: 'types' | 'priorities' | 'statuses') =>
    values.map((v) => ({ value: v, label: t(`tasks.${prefix}.${v}` as never) }));
  const handlers = {
    onSuccess: () => notifySuccess(t('tasks.saved')),
    onError: (e: unknown) => {
      setErrors(e instanceof ApiError ? e.fieldErrors() : {});
      notifyError(e, common);
    },
  };
  const save = async () => {
    const patch = toPatch(form, task);
    const { series, occurrence: changes } = splitPatch(patch);
    // One-off tasks, and "this and following" from the current occurrence, change the task itself.
    if (!stored.rrule || (scope === 'following' && !occurrence) || Object.keys(changes).length === 0) {
      return update.mutate({ id: task.id, patch }, handlers);
    }
    if (Object.keys(series).length) await update.mutateAsync({ id: task.id, patch: series }).catch(handlers.onError);
    updateOccurrence.mutate(
      {
        id: task.id,
        body: { occurrence: occurrence?.date ?? occurrence?.start ?? stored.dueDate ?? stored.dueAt ?? '', scope, changes },
      },
      {
        ...handlers,
        // The occurrence may now be a task of its own: the drawer's task is no longer the one edited.
        onSuccess: () => {
          handlers.onSuccess();
          onClose();
        },
      },
    );
  };
  const reminderError = Object.entries(errors).find(([k]) => k.startsWith('reminders'))?.[1];
  const open = task.status === 'open' || task.status === 'in_progress';

  return (
    <Stack gap="sm">
      <TextInput
        label={t('tasks.fields.title')}
        value={form.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
        required
      />
      <Group grow>
        <Select
          label={t('tasks.fields.type')}
          data={options(TASK_TYPES, 'types')}
          value={form.type}
          onChange={(v) => v && set('type', v as Task['type'])}
          allowDeselect={false}
        />
        <Select
          label={t('tasks.fields.priority')}
          data={options(TASK_PRIORITIES, 'priorities')}
          value={form.priority}
          onChange={(v) => v && set('priority', v as Task['priority'])}
          allowDeselect={false}
        />
      </Group>
      <Checkbox label={t('tasks.allDay')} checked={form.allDay} onChange={(e) => set('allDay', e.currentTarget.checked)} />
      <Group grow align="flex-start">
        <TextInput
          type={form.allDay ? 'date' : 'datetime-local'}
          label={form.allDay ? t('tasks.fields.dueDate') : t('tasks.fields.dueAt')}
          value={form.allDay ? form.due.slice(0, 10) : form.due}
          onChange={(e) => set('due', e.currentTarget.value)}
          error={errors.dueAt ?? errors.dueDate}
        />
        {!form.allDay && (
          <NumberInput
            label={t('tasks.fields.durationMin')}
            min={0}
            step={15}
            value={form.durationMin ?? ''}
            onChange={(v) => set('durationMin', v === '' ? null : Number(v))}
            error={errors.durationMin}
          />
        )}
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('tasks.fields.rrule')}
          data={(Object.keys(REPEATS) as Repeat[]).map((r) => ({ value: r, label: t(`tasks.repeat.${r}`) }))}
          value={form.repeat}
          onChange={(v) => v && set('repeat', v as Repeat)}
          error={errors.rrule}
          allowDeselect={false}
        />
        <MultiSelect
          label={t('tasks.fields.reminders')}
          data={REMINDER_OPTIONS.map((m) => ({ value: m, label: t(`tasks.reminderOptions.${m}`) }))}
          value={form.reminders}
          onChange={(v) => set('reminders', v)}
          error={reminderError ?? errors.reminders}
        />
      </Group>
      <Select
        label={t('tasks.fields.status')}
        data={options(TASK_STATUSES, 'statuses')}
        value={form.status}
        onChange={(v) => v && set('status', v as Task['status'])}
        allowDeselect={false}
      />
      <Text size="sm">{t('tasks.fields.progress')}</Text>
      <Slider
        value={form.progress}
        onChange={(v) => set('progress', v)}
        step={10}
        label={(v) => `${v}%`}
        aria-label={t('tasks.fields.progress')}
      />
      <Textarea
        label={t('tasks.fields.description')}
        value={form.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Text size="sm" fw={500}>
        {t('tasks.fields.checklist')}
      </Text>
      <Checklist value={form.checklist} onChange={(v) => set('checklist', v)} />
      {stored.rrule && (
        <Stack gap={4}>
          {occurrence && (
            <Text size="sm" c="dimmed">
              {t('calendar.scope.editing', {
                date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' }).format(
                  new Date(occurrence.date ? `${occurrence.date}T12:00` : occurrence.start),
                ),
              })}
            </Text>
          )}
          <SegmentedControl
            fullWidth
            size="xs"
            value={scope}
            onChange={(v) => setScope(v as OccurrenceScope)}
            data={[
              { value: 'this', label: t('calendar.scope.this') },
              { value: 'following', label: t('calendar.scope.following') },
            ]}
          />
        </Stack>
      )}
      <Group justify="space-between">
        <Button
          variant="subtle"
          color="red"
          onClick={() => remove.mutate(task.id, { onSuccess: onClose, onError: (e) => notifyError(e, common) })}
        >
          {t('tasks.delete')}
        </Button>
        <Button onClick={save} loading={update.isPending || updateOccurrence.isPending}>
          {t('tasks.save')}
        </Button>
      </Group>
      {open && (
        <>
          <Divider label={t('tasks.completeTitle')} />
          <CompleteForm taskId={task.id} onDone={onClose} />
        </>
      )}
    </Stack>
  );
}
