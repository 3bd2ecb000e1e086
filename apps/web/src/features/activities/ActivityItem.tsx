import { Badge, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { Activity } from '@spilno/schema';
import { CALL_OUTCOMES } from '@spilno/schema/values';
import {
  type Icon,
  IconCalendarEvent,
  IconMail,
  IconMessage,
  IconNote,
  IconPhone,
  IconPin,
  IconSettings,
} from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { ActivityMenu } from './ActivityMenu.tsx';

const ICONS: Record<Activity['type'], Icon> = {
  note: IconNote,
  call: IconPhone,
  email: IconMail,
  meeting: IconCalendarEvent,
  sms: IconMessage,
  system: IconSettings,
};
const COLORS: Record<Activity['type'], string> = {
  note: 'yellow',
  call: 'teal',
  email: 'blue',
  meeting: 'grape',
  sms: 'cyan',
  system: 'gray',
};

const outcomeLabel = (outcome: string, t: TFunction) =>
  (CALL_OUTCOMES as readonly string[]).includes(outcome)
    ? t(`activities.outcomes.${outcome as (typeof CALL_OUTCOMES)[number]}`)
    : outcome;

/** One entry: what kind, the call's direction, length and outcome, the text, who and when. */
export function ActivityItem({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const TypeIcon = ICONS[a.type];
  const directed = a.type === 'call' || a.type === 'email' || a.type === 'sms' ? a.type : null;
  const title = directed && a.direction ? t(`activities.titles.${directed}_${a.direction}`) : t(`activities.types.${a.type}`);
  const facts = [
    a.durationSec !== null && a.durationSec > 0
      ? t('activities.duration', { minutes: fmt.number(Math.round(a.durationSec / 6) / 10) })
      : null,
    a.outcome ? outcomeLabel(a.outcome, t) : null,
  ].filter(Boolean);

  return (
    <Paper withBorder p="sm" role="article" aria-label={title} bg={a.pinned ? 'var(--mantine-color-yellow-light)' : undefined}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon variant="light" color={COLORS[a.type]} radius="xl" size={32}>
          <TypeIcon size={18} />
        </ThemeIcon>
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
            <Group gap={6}>
              <Text fw={600} size="sm">
                {title}
              </Text>
              {facts.length > 0 && (
                <Text size="sm" c="dimmed">
                  · {facts.join(' · ')}
                </Text>
              )}
              {a.pinned && (
                <Badge size="xs" color="yellow" leftSection={<IconPin size={10} />}>
                  {t('activities.pinned')}
                </Badge>
              )}
            </Group>
            <ActivityMenu activity={a} />
          </Group>
          {a.subject && (
            <Text size="sm" fw={500}>
              {a.subject}
            </Text>
          )}
          {a.body && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {a.body}
            </Text>
          )}
          <Text size="xs" c="dimmed" title={fmt.dateTime(a.occurredAt)}>
            {a.authorName ?? t('audit.system')} · {fmt.ago(a.occurredAt)}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
