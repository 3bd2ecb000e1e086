import { Badge } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useStatusLabels } from './statuses.ts';

const PAYMENT_COLORS: Record<Order['paymentStatus'], string> = {
  unpaid: 'red',
  partly_paid: 'yellow',
  paid: 'teal',
  refunded: 'gray',
};

export function PaymentStatusBadge({ status }: { status: Order['paymentStatus'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={PAYMENT_COLORS[status]} variant="light" data-testid="payment-status">
      {t(`orders.paymentStatuses.${status}`)}
    </Badge>
  );
}

export function OrderStatusBadge({ status }: { status: string }) {
  const { labelOf, colorOf } = useStatusLabels();
  return (
    <Badge color={colorOf(status)} variant="dot" data-testid="order-status">
      {labelOf(status)}
    </Badge>
  );
}
