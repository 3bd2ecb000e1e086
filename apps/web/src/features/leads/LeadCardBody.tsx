import { Group, Stack, Text } from '@mantine/core';
import type { Lead } from '@spilno/schema';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { RatingBadge } from './LeadBadges.tsx';

/** What a board card shows of a lead: who, what they asked for, when to act next. */
export function LeadCardBody({ lead, owner }: { lead: Lead; owner?: string | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Text fw={600} size="sm" lineClamp={2}>
          {lead.name}
        </Text>
        <RatingBadge rating={lead.rating} />
      </Group>
      {lead.companyName && (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {lead.companyName}
        </Text>
      )}
      {lead.interest && (
        <Text size="xs" lineClamp={2}>
          {lead.interest}
        </Text>
      )}
      <Group gap={4} wrap="nowrap" c={lead.overdue ? 'red' : 'dimmed'}>
        <IconClock size={14} aria-hidden />
        <Text size="xs">{lead.nextActionAt ? fmt.dateTime(lead.nextActionAt) : t('leads.noNextAction')}</Text>
      </Group>
      {(lead.source || owner) && (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {[lead.source && t(`leads.sources.${lead.source}`), owner].filter(Boolean).join(' · ')}
        </Text>
      )}
    </Stack>
  );
}
