import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VirtualCards } from '../../components/VirtualCards.tsx';
import { useFormat } from '../../lib/format.ts';
import { useMoney } from '../sales/money.ts';
import { goodsOf } from './columns.tsx';
import { OrderStatusBadge, PaymentStatusBadge } from './OrderBadges.tsx';
import type { OrderListView } from './OrderList.tsx';

/** The phone list: one card per order with its number, customer, goods, sum and statuses. */
export function OrderCards({ list, selection }: OrderListView) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { money } = useMoney();
  return (
    <VirtualCards
      label={t('orders.table')}
      list={list}
      selection={selection}
      selectLabel={(o) => t('orders.select', { number: o.number })}
      offset={260}
      render={(o) => (
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Anchor component={Link} to={`/orders/${o.id}`} fw={600}>
              {o.number}
            </Anchor>
            <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
              {money(o.total, o.currency)}
            </Text>
          </Group>
          <Text size="sm" truncate>
            {[o.contactName ?? o.companyName, o.contactPhone].filter(Boolean).join(' · ') || '—'}
          </Text>
          <Text size="sm" c="dimmed" lineClamp={2}>
            {goodsOf(o) || '—'}
          </Text>
          <Group gap={6} justify="space-between">
            <Group gap={6}>
              <OrderStatusBadge status={o.status} />
              <PaymentStatusBadge status={o.paymentStatus} />
            </Group>
            <Text size="xs" c="dimmed">
              {fmt.date(o.orderedAt)}
            </Text>
          </Group>
        </Stack>
      )}
    />
  );
}
