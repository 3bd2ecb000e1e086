import { Anchor, Paper, Stack, Title } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailRow } from '../../components/DetailRow.tsx';

/** Who ordered: the contact and company, linked to their pages. */
export function OrderCustomer({ order }: { order: Order }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('orders.fields.customer')}
        </Title>
        {order.contactId && (
          <DetailRow
            label={t('orders.fields.contact')}
            value={
              <Anchor component={Link} to={`/contacts/${order.contactId}`}>
                {order.contactName ?? '—'}
              </Anchor>
            }
          />
        )}
        {order.contactPhone && (
          <DetailRow
            label={t('orders.fields.phone')}
            value={<Anchor href={`tel:${order.contactPhone}`}>{order.contactPhone}</Anchor>}
          />
        )}
        {order.companyId && (
          <DetailRow
            label={t('orders.fields.company')}
            value={
              <Anchor component={Link} to={`/companies/${order.companyId}`}>
                {order.companyName ?? '—'}
              </Anchor>
            }
          />
        )}
      </Stack>
    </Paper>
  );
}
