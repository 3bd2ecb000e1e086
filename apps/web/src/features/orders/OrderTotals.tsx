import { Divider, Group, Stack, Text } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../sales/money.ts';

/** The sums the server computed: net, VAT, total, what is paid and due, and the gross profit. */
export function OrderTotals({ order, stale }: { order: Order; stale: boolean }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const row = (label: string, amount: string, testId: string, strong = false) => (
    <Group justify="space-between" gap="md" wrap="nowrap">
      <Text size="sm" c={strong ? undefined : 'dimmed'} fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500} data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
        {money(amount, order.currency)}
      </Text>
    </Group>
  );
  return (
    <Stack gap={4} w={{ base: '100%', xs: 300 }} ml="auto" aria-label={t('orders.totals.title')} role="group">
      {row(t('orders.totals.subtotal'), order.subtotal, 'order-subtotal')}
      {row(t('orders.totals.vat'), order.vat, 'order-vat')}
      {row(t('orders.totals.total'), order.total, 'order-total', true)}
      <Divider my={4} />
      {row(t('orders.totals.paid'), order.paid, 'order-paid')}
      {row(t('orders.totals.due'), order.due, 'order-due')}
      {row(t('orders.totals.grossProfit'), order.grossProfit, 'order-profit')}
      {stale && (
        <Text size="xs" c="orange" ta="right">
          {t('orders.totals.stale')}
        </Text>
      )}
    </Stack>
  );
}
