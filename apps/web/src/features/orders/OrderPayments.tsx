import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { IconCash, IconReceiptRefund } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useMoney } from '../sales/money.ts';
import { PaymentModal } from './PaymentModal.tsx';

/** Money received and given back for the order, newest last, with buttons to record more. */
export function OrderPayments({ order, writable }: { order: Order; writable: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { money } = useMoney();
  const [kind, setKind] = useState<'payment' | 'refund' | null>(null);
  const payments = order.payments ?? [];

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            {t('orders.payments.title')}
          </Title>
          {writable && (
            <Group gap="xs">
              <Button size="compact-sm" leftSection={<IconCash size={14} />} onClick={() => setKind('payment')}>
                {t('orders.payments.record')}
              </Button>
              {Number(order.paid) > 0 && (
                <Button
                  size="compact-sm"
                  variant="light"
                  color="orange"
                  leftSection={<IconReceiptRefund size={14} />}
                  onClick={() => setKind('refund')}
                >
                  {t('orders.payments.refund')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        {payments.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('orders.payments.none')}
          </Text>
        )}
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('orders.payments.title')}>
          {payments.map((p) => (
            <Group key={p.id} component="li" justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Stack gap={0} miw={0}>
                <Text size="sm">{fmt.dateTime(p.paidAt)}</Text>
                {(p.method || p.note) && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {[p.method && t(`orders.paymentMethods.${p.method}`), p.note].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </Stack>
              <Text size="sm" fw={600} c={Number(p.amount) < 0 ? 'orange' : 'teal'} style={{ whiteSpace: 'nowrap' }}>
                {money(p.amount, order.currency)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
      {kind && <PaymentModal order={order} kind={kind} onClose={() => setKind(null)} />}
    </Paper>
  );
}
