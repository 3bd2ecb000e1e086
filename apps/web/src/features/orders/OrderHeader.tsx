import { ActionIcon, Group, Menu, Select, Stack, Text, Title } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { IconDots, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
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
  const navigate = useNavigate();
  const { options, labelOf } = useStatusLabels();
  const update = useUpdateOrder();
  const remove = useDeleteOrder();
  const [deleting, setDeleting] = useState(false);

  const setStatus = (status: string | null) =>
    status &&
    update.mutate(
      { id: order.id, patch: { status } },
      {
        onSuccess: () => notifySuccess(t('orders.statusChanged', { status: labelOf(status) })),
        onError: (e) => notifyError(e, t),
      },
    );
  const destroy = () =>
    remove.mutate(order.id, {
      onSuccess: () => {
        notifySuccess(t('orders.deleted', { number: order.number }));
        navigate('/orders');
      },
      onError: (e) => notifyError(e, t),
    });

  return (
    <Stack gap="xs">
      <BackLink to="/orders">{t('orders.back')}</BackLink>
      <Group justify="space-between" align="flex-start" gap="sm">
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
        {writable && (
          <Group gap="xs" wrap="nowrap">
            <Select
              aria-label={t('orders.fields.status')}
              data={options}
              value={order.status}
              onChange={setStatus}
              allowDeselect={false}
              disabled={update.isPending}
              w={170}
            />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="input-sm" aria-label={t('orders.more')}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                  {t('common.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      <ConfirmModal
        opened={deleting}
        title={t('orders.deleteTitle')}
        message={t('orders.deleteText', { number: order.number })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={destroy}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}
