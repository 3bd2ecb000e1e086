import { Group, Stack, Text } from '@mantine/core';
import type { Deal } from '@spilno/schema';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useFormat } from '../../lib/format.ts';
import { useMoney } from '../sales/money.ts';

/** What a board card shows of a deal: name, customer, amount and when it should close. */
export function DealCardBody({ deal, owner }: { deal: Deal; owner?: string | undefined }) {
  const fmt = useFormat();
  const { money } = useMoney();
  const customer = [deal.contactName, deal.companyName].filter(Boolean).join(' · ');
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm" lineClamp={2}>
        {deal.name}
      </Text>
      {customer && (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {customer}
        </Text>
      )}
      <Group gap={6} justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>
          {money(deal.amount, deal.currency)}
        </Text>
        <Text size="xs" c="dimmed">
          {deal.probability}%
        </Text>
      </Group>
      <Group gap={6} justify="space-between" wrap="nowrap">
        {deal.expectedCloseDate && (
          <Group gap={4} wrap="nowrap" c="dimmed">
            <IconCalendarEvent size={14} aria-hidden />
            <Text size="xs">{fmt.date(deal.expectedCloseDate)}</Text>
          </Group>
        )}
        {owner && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {owner}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
