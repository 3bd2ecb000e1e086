import { Button, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { Activity } from '@spilno/schema';
import { CALL_OUTCOMES } from '@spilno/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { notifyError } from '../../lib/problems.ts';
import { type ActivityPatch, useUpdateActivity } from './activities.api.ts';

/** Corrects what was logged: the text, the subject, a call's length and outcome. */
export function ActivityEditModal({ activity: a, onClose }: { activity: Activity; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateActivity();
  const [body, setBody] = useState(a.body);
  const [subject, setSubject] = useState(a.subject ?? '');
  const [minutes, setMinutes] = useState<number | string>(a.durationSec === null ? '' : a.durationSec / 60);
  const [outcome, setOutcome] = useState<string | null>(a.outcome);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const patch: ActivityPatch = { body };
    if (a.type === 'email' || a.type === 'meeting') patch.subject = subject.trim() || null;
    if (a.type === 'call') {
      patch.durationSec = typeof minutes === 'number' ? Math.round(minutes * 60) : null;
      patch.outcome = outcome as ActivityPatch['outcome'];
    }
    update.mutate({ id: a.id, patch }, { onSuccess: onClose, onError: (err) => notifyError(err, t) });
  };

  return (
    <AppModal opened onClose={onClose} title={t('activities.editTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {(a.type === 'email' || a.type === 'meeting') && (
            <TextInput label={t('activities.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} />
          )}
          {a.type === 'call' && (
            <>
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
            </>
          )}
          <Textarea
            label={t('activities.notes')}
            autosize
            minRows={3}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
