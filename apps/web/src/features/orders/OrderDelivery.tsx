import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifySuccess } from '../../lib/problems.ts';
import { DeliveryFields } from './DeliveryFields.tsx';
import { deliveryPatch, deliveryValues } from './deliveryForm.ts';
import { useUpdateOrder } from './orders.api.ts';

/** Payment method and delivery of a saved order; Save appears once something changed. */
export function OrderDelivery({ order, writable }: { order: Order; writable: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateOrder();
  const [values, setValues] = useState(() => deliveryValues(order));
  const [errors, setErrors] = useState<FieldErrors>({});
  useEffect(() => setValues(deliveryValues(order)), [order]);
  const dirty = JSON.stringify(values) !== JSON.stringify(deliveryValues(order));

  const save = () =>
    update.mutate(
      { id: order.id, patch: { ...deliveryPatch(values), updatedAt: order.updatedAt } },
      {
        onSuccess: () => {
          setErrors({});
          notifySuccess(t('orders.saved'));
        },
        onError: (e) => setErrors(fieldErrorsOrNotify(e, t)),
      },
    );

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('orders.deliveryTitle')}
        </Title>
        <DeliveryFields values={values} errors={errors} readOnly={!writable} onChange={(p) => setValues({ ...values, ...p })} />
        {dirty && (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setValues(deliveryValues(order))}>
              {t('common.cancel')}
            </Button>
            <Button onClick={save} loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
