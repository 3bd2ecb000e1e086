import { SegmentedControl, Stack } from '@mantine/core';
import { LOGGABLE_ACTIVITY_TYPES } from '@spilno/schema/values';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityForm, type LoggableType } from './ActivityForm.tsx';
import type { TimelineTarget } from './activities.api.ts';

/** Quick logging on the timeline: pick what happened, fill in the few fields it has. */
export function ActivityComposer({ target }: { target: TimelineTarget }) {
  const { t } = useTranslation();
  const [type, setType] = useState<LoggableType>('call');
  return (
    <Stack gap="sm">
      <SegmentedControl
        fullWidth
        size="xs"
        aria-label={t('activities.logWhat')}
        value={type}
        onChange={(v) => setType(v as LoggableType)}
        data={LOGGABLE_ACTIVITY_TYPES.map((value) => ({ value, label: t(`activities.log.${value}`) }))}
      />
      <ActivityForm key={type} type={type} target={target} />
    </Stack>
  );
}
