import { Button, Group, Stack, Text } from '@mantine/core';
import type { CalendarEvent, OccurrenceScope } from '@spilno/schema';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useUpdateOccurrence, useUpdateTask } from '../tasks/tasks.api.ts';

/** What a drag or a key changes: the due (timed or all-day) and the length. */
export type Reschedule = { dueAt?: string | null; dueDate?: string | null; durationMin?: number | null };

const allDayAfter = (event: CalendarEvent, change: Reschedule): boolean =>
  change.dueDate ? true : change.dueAt ? false : event.allDay;

/**
 * Saves a moved or resized event. A one-off task is patched; an occurrence of a series first asks
 * whether only this occurrence changes or it and every one after it.
 */
export function useReschedule(): { reschedule: (e: CalendarEvent, change: Reschedule) => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const { t: common } = useTranslation();
  const update = useUpdateTask();
  const occurrence = useUpdateOccurrence();
  const [pending, setPending] = useState<{ event: CalendarEvent; change: Reschedule } | null>(null);
  const done = { onSuccess: () => notifySuccess(t('calendar.moved')), onError: (err: unknown) => notifyError(err, common) };

  const reschedule = (event: CalendarEvent, change: Reschedule) => {
    if (!event.taskId) return;
    if (event.recurring) setPending({ event, change });
    else update.mutate({ id: event.taskId, patch: change }, done);
  };
  const apply = (scope: OccurrenceScope) => {
    if (!pending?.event.taskId) return;
    const { event, change } = pending;
    setPending(null);
    occurrence.mutate(
      { id: event.taskId as string, body: { occurrence: event.date ?? event.start, scope, changes: change } },
      done,
    );
  };
  // A whole series stays timed or all-day; only one occurrence may cross between the two.
  const crosses = pending ? allDayAfter(pending.event, pending.change) !== pending.event.allDay : false;

  const dialog = (
    <AppModal opened={pending !== null} onClose={() => setPending(null)} title={t('calendar.scope.title')}>
      <Stack>
        <Text size="sm">{t('calendar.scope.question', { title: pending?.event.title ?? '' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPending(null)}>
            {t('calendar.scope.cancel')}
          </Button>
          <Button variant="light" disabled={crosses} onClick={() => apply('following')}>
            {t('calendar.scope.following')}
          </Button>
          <Button onClick={() => apply('this')} data-autofocus>
            {t('calendar.scope.this')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
  return { reschedule, dialog };
}
