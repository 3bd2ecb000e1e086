import { Group, Select, Stack, Text, Title } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { RecordHeader } from '../../components/RecordHeader.tsx';
import { useFormat } from '../../lib/format.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useMoney } from '../sales/money.ts';
import { OrderStatusBadge, PaymentStatusBadge } from './OrderBadges.tsx';
import { useDeleteOrder, useUpdateOrder } from './orders.api.ts';
import { useStatusLabels } from './statuses.ts';

/** Number, date, total, payment status and the order status, which changes as soon as it is picked. */
export function OrderHeader({ order, writable }: { order: Order; writable: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { money } = useMoney();
  const { options, labelOf } = useStatusLabels();
  const update = useUpdateOrder();
  const remove = useDeleteOrder();

  const setStatus = (status: string | null) =>
    status &&
    update.mutate(
      { id: order.id, patch: { status } },
      {
        onSuccess: () => notifySuccess(t('orders.statusChanged', { status: labelOf(status) })),
        onError: (e) => notifyError(e, t),
      },
    );

  return (
    <RecordHeader
      back={{ to: '/orders', label: t('orders.back') }}
      writable={writable}
      moreLabel={t('orders.more')}
      remove={{
        mutation: remove,
        id: order.id,
        title: t('orders.deleteTitle'),
        message: t('orders.deleteText', { number: order.number }),
        done: t('orders.deleted', { number: order.number }),
      }}
      actions={
        <Select
          aria-label={t('orders.fields.status')}
          data={options}
          value={order.status}
          onChange={setStatus}
          allowDeselect={false}
          disabled={update.isPending}
          w={170}
        />
      }
    >
      <Stack gap={4} miw={0}>
        <Title order={2}>{t('orders.title', { number: order.number })}</Title>
        <Group gap="xs">
          <Text fz="xl" fw={600}>
            {money(order.total, order.currency)}
          </Text>
          <PaymentStatusBadge status={order.paymentStatus} />
          {!writable && <OrderStatusBadge status={order.status} />}
          <Text c="dimmed" size="sm">
            {fmt.dateTime(order.orderedAt)}
          </Text>
        </Group>
      </Stack>
    </RecordHeader>
  );
}
