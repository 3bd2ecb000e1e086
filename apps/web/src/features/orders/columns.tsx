import { Anchor, Stack, Text } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMoney } from '../sales/money.ts';
import { OrderStatusBadge, PaymentStatusBadge } from './OrderBadges.tsx';

export type OrderColumn = {
  key: string;
  header: string;
  /** Width in the table, px; the goods column takes what is left. */
  width?: number;
  /** The field a header click sorts by. */
  sort?: 'orderedAt' | 'number' | 'total';
  align?: 'right';
  render: (o: Order) => ReactNode;
};

/** "Coffee ×2, Filter" — what was bought, in one line. */
export const goodsOf = (o: Order) =>
  o.items.map((i) => (Number(i.quantity) === 1 ? i.name : `${i.name} ×${Number(i.quantity)}`)).join(', ');

/** The columns of the orders table of the source documents: date, customer, phone, goods, sum, payment, status. */
export function useOrderColumns(): OrderColumn[] {
  const { t, i18n } = useTranslation();
  const { money } = useMoney();
  // Short numeric dates keep the table within a laptop screen.
  const date = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short' }), [i18n.language]);
  return [
    {
      key: 'number',
      header: t('orders.fields.number'),
      width: 145,
      sort: 'number',
      render: (o) => (
        <Anchor component={Link} to={`/orders/${o.id}`} inherit fw={600}>
          {o.number}
        </Anchor>
      ),
    },
    {
      key: 'date',
      header: t('orders.fields.date'),
      width: 90,
      sort: 'orderedAt',
      render: (o) => date.format(new Date(o.orderedAt)),
    },
    {
      key: 'customer',
      header: t('orders.fields.customerPhone'),
      width: 160,
      render: (o) => (
        <Stack gap={0} miw={0}>
          <Text inherit truncate title={o.contactName ?? o.companyName ?? undefined}>
            {o.contactName ?? o.companyName ?? '—'}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {o.contactPhone ?? (o.contactName ? o.companyName : null)}
          </Text>
        </Stack>
      ),
    },
    { key: 'goods', header: t('orders.fields.goods'), render: (o) => goodsOf(o) || '—' },
    {
      key: 'total',
      header: t('orders.fields.total'),
      width: 125,
      sort: 'total',
      align: 'right',
      render: (o) => money(o.total, o.currency),
    },
    {
      key: 'payment',
      header: t('orders.fields.payment'),
      width: 140,
      render: (o) => (
        <Stack gap={2} miw={0} align="flex-start">
          <PaymentStatusBadge status={o.paymentStatus} />
          {o.paymentMethod && (
            <Text size="xs" c="dimmed" truncate maw="100%">
              {t(`orders.paymentMethods.${o.paymentMethod}`)}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: 'status', header: t('orders.fields.status'), width: 135, render: (o) => <OrderStatusBadge status={o.status} /> },
  ];
}
