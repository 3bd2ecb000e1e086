import { Anchor, Box, Checkbox, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format.ts';
import { useInfiniteVirtual } from '../../lib/useInfiniteVirtual.ts';
import { useMoney } from '../sales/money.ts';
import { goodsOf } from './columns.tsx';
import { OrderStatusBadge, PaymentStatusBadge } from './OrderBadges.tsx';
import type { OrderListView } from './OrderList.tsx';

/** The phone list: one card per order with its number, customer, goods, sum and statuses. */
export function OrderCards({ list, selection }: OrderListView) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { money } = useMoney();
  const rows = list.items;
  const { scrollRef, virtualizer, items } = useInfiniteVirtual({ ...list, count: rows.length, estimateSize: 150 });

  const card = (o: Order) => (
    <Paper withBorder p="sm">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Checkbox
          mt={2}
          aria-label={t('orders.select', { number: o.number })}
          checked={selection.isSelected(o.id)}
          onChange={() => selection.toggle(o.id)}
        />
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
      </Group>
    </Paper>
  );

  return (
    <Box ref={scrollRef} mah="max(420px, calc(100dvh - 260px))" style={{ overflow: 'auto' }}>
      <ul
        aria-label={t('orders.table')}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}
      >
        {items.map((v) => {
          const order = rows[v.index];
          return (
            <li
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                transform: `translateY(${v.start}px)`,
                paddingBottom: 8,
              }}
            >
              {order ? card(order) : <Loader size="sm" mx="auto" display="block" aria-label={t('common.loading')} />}
            </li>
          );
        })}
      </ul>
    </Box>
  );
}
