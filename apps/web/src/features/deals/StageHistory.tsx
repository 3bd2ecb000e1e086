import { Paper, Text, Timeline, Title } from '@mantine/core';
import type { Deal } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useDuration } from './duration.ts';
import { stageName } from './stageNames.ts';

/** Every stage the deal went through, newest first, with how long it stayed. */
export function StageHistory({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const duration = useDuration();
  const visits = [...(deal.stageHistory ?? [])].reverse();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="sm">
        {t('deals.history')}
      </Title>
      <Timeline active={0} bulletSize={14} lineWidth={2}>
        {visits.map((v) => (
          <Timeline.Item key={`${v.stageId}-${v.enteredAt}`} title={stageName(v.stageName, t)}>
            <Text size="xs" c="dimmed">
              {fmt.dateTime(v.enteredAt)} ·{' '}
              {v.leftAt ? duration(v.seconds) : t('deals.inStageNow', { time: duration(v.seconds) })}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
