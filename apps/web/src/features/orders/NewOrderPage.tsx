import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { FieldErrors } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifySuccess } from '../../lib/problems.ts';
import { useSettings } from '../settings/settings.api.ts';
import { type CustomerChoice, CustomerPicker } from './CustomerPicker.tsx';
import { DeliveryFields } from './DeliveryFields.tsx';
import { deliveryPatch, EMPTY_DELIVERY } from './deliveryForm.ts';
import { emptyRow, itemsInput } from './lines.ts';
import { OrderLinesEditor } from './OrderLinesEditor.tsx';
import { useCreateOrder } from './orders.api.ts';

/** A new order: the customer (from ?contactId= or ?companyId= when opened from their page) and its lines. */
export default function NewOrderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const create = useCreateOrder();
  const currency = useSettings().data?.defaultCurrency ?? 'UAH';
  const companyId = search.get('companyId');
  const [customer, setCustomer] = useState<CustomerChoice>(
    companyId ? { kind: 'company', id: companyId } : { kind: 'contact', id: search.get('contactId') },
  );
  const [rows, setRows] = useState(() => [emptyRow()]);
  const [delivery, setDelivery] = useState(EMPTY_DELIVERY);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = () => {
    if (!customer.id) return setErrors({ customer: t('orders.needsCustomer') });
    if (rows.length === 0) return setErrors({ items: t('orders.lines.empty') });
    const patch = deliveryPatch(delivery);
    create.mutate(
      {
        ...(customer.kind === 'contact' ? { contactId: customer.id } : { companyId: customer.id }),
        items: itemsInput(rows),
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null)),
      },
      {
        onSuccess: (order) => {
          notifySuccess(t('orders.created', { number: order.number }));
          navigate(`/orders/${order.id}`, { replace: true });
        },
        onError: (e) => {
          const byField = fieldErrorsOrNotify(e, t);
          setErrors({ ...byField, customer: byField.contactId ?? byField.companyId ?? '' });
        },
      },
    );
  };

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t('orders.new')} />
      <Paper withBorder p="md">
        <CustomerPicker
          value={customer}
          error={errors.customer || undefined}
          onChange={(v) => {
            setCustomer(v);
            setErrors({ ...errors, customer: '' });
          }}
        />
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('orders.lines.title')}
          </Title>
          <OrderLinesEditor rows={rows} currency={currency} errors={errors} onChange={setRows} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('orders.deliveryTitle')}
          </Title>
          <DeliveryFields values={delivery} errors={errors} onChange={(p) => setDelivery({ ...delivery, ...p })} />
        </Stack>
      </Paper>
      <Group justify="flex-end">
        <Button component={Link} to="/orders" variant="default">
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={create.isPending}>
          {t('orders.create')}
        </Button>
      </Group>
    </Stack>
  );
}
