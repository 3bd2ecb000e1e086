import { Grid, Stack } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFound } from '../../app/ErrorScreens.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ApiError } from '../../lib/api.ts';
import { DocumentsPanel } from '../documents/DocumentsPanel.tsx';
import { QueryGate } from '../sales/QueryGate.tsx';
import { useOrdersAccess } from './access.ts';
import { CustomerOrdersSummary } from './CustomerOrdersSummary.tsx';
import { OrderCustomer } from './OrderCustomer.tsx';
import { OrderDelivery } from './OrderDelivery.tsx';
import { OrderHeader } from './OrderHeader.tsx';
import { OrderItems } from './OrderItems.tsx';
import { OrderPayments } from './OrderPayments.tsx';
import { useOrder } from './orders.api.ts';

export default function OrderPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const order = useOrder(id);
  usePageTitle(order.data ? t('orders.title', { number: order.data.number }) : t('modules.orders'));
  if (order.error instanceof ApiError && order.error.status === 404) return <NotFound />;
  return <QueryGate query={order}>{(o) => <OrderView order={o} />}</QueryGate>;
}

function OrderView({ order }: { order: Order }) {
  const { canWrite } = useOrdersAccess();
  const writable = canWrite(order.ownerId);
  const customer = order.contactId ? { contactId: order.contactId } : order.companyId ? { companyId: order.companyId } : null;
  return (
    <Stack gap="lg" maw={1280}>
      <OrderHeader order={order} writable={writable} />
      <OrderItems order={order} writable={writable} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <OrderPayments order={order} writable={writable} />
            <OrderDelivery order={order} writable={writable} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <OrderCustomer order={order} />
            <DocumentsPanel source={{ orderId: order.id }} kinds={['invoice', 'quote']} />
            {customer && <CustomerOrdersSummary customer={customer} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
