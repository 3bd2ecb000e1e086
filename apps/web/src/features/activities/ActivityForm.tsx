import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ActivityCreate, LOGGABLE_ACTIVITY_TYPES } from '@spilno/schema';
import { CALL_OUTCOMES } from '@spilno/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { type TimelineTarget, useCreateActivity } from './activities.api.ts';

export type LoggableType = (typeof LOGGABLE_ACTIVITY_TYPES)[number];
type Direction = 'outbound' | 'inbound';

/** One form for every loggable type; each type shows only the fields it has. */
export function ActivityForm({ type, target }: { type: LoggableType; target: TimelineTarget }) {
  const { t } = useTranslation();
  const create = useCreateActivity();
  const [body, setBody] = useState('');
  const [subject, setSubject] = useState('');
  const [direction, setDirection] = useState<Direction>('outbound');
  const [minutes, setMinutes] = useState<number | string>('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const [pinned, setPinned] = useState(false);
  const [error, setError] = useState<string>();
  const hasDirection = type === 'call' || type === 'email' || type === 'sms';
  const hasSubject = type === 'email' || type === 'meeting';

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (type === 'note' && !body.trim()) return setError(t('activities.noteRequired'));
    const activity: ActivityCreate = { type, ...target, body: body.trim(), pinned: type === 'note' && pinned };
    if (hasDirection) activity.direction = direction;
    if (hasSubject && subject.trim()) activity.subject = subject.trim();
    if (type === 'call') {
      if (typeof minutes === 'number') activity.durationSec = Math.round(minutes * 60);
      if (outcome) activity.outcome = outcome as ActivityCreate['outcome'];
    }
    create.mutate(activity, {
      onSuccess: () => {
        notifySuccess(t(`activities.logged.${type}`));
        setBody('');
        setSubject('');
        setMinutes('');
        setOutcome(null);
        setPinned(false);
      },
      onError: (err) => notifyError(err, t),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t(`activities.log.${type}`)}>
      <Stack gap="sm">
        {hasDirection && (
          <SegmentedControl
            size="xs"
            aria-label={t('activities.direction')}
            value={direction}
            onChange={(v) => setDirection(v as Direction)}
            data={(['outbound', 'inbound'] as const).map((d) => ({ value: d, label: t(`activities.directions.${d}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
        )}
        {type === 'call' && (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput
              label={t('activities.durationMin')}
              min={0}
              max={1440}
              decimalScale={1}
              value={minutes}
              onChange={setMinutes}
            />
            <Select
              label={t('activities.outcome')}
              data={CALL_OUTCOMES.map((o) => ({ value: o, label: t(`activities.outcomes.${o}`) }))}
              value={outcome}
              onChange={setOutcome}
              clearable
            />
          </SimpleGrid>
        )}
        {hasSubject && (
          <TextInput label={t('activities.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
        )}
        <Textarea
          label={type === 'note' ? t('activities.note') : t('activities.notes')}
          autosize
          minRows={2}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setError(undefined);
          }}
          error={error}
        />
        <Group justify="space-between">
          {type === 'note' ? (
            <Checkbox label={t('activities.pin')} checked={pinned} onChange={(e) => setPinned(e.currentTarget.checked)} />
          ) : (
            <span />
          )}
          <Button type="submit" loading={create.isPending}>
            {t(`activities.submit.${type}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
