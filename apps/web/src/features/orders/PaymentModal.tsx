import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import type { Order } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import type { FieldErrors } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifySuccess } from '../../lib/problems.ts';
import { fromLocalInput, toLocalInput } from '../sales/dates.ts';
import { useMoney } from '../sales/money.ts';
import { paymentMethodOptions } from './options.ts';
import { useAddPayment } from './orders.api.ts';

type Props = { order: Order; kind: 'payment' | 'refund'; onClose: () => void };

/** Records money received for the order, or money given back (sent as a negative amount). */
export function PaymentModal({ order, kind, onClose }: Props) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const add = useAddPayment();
  const suggested = kind === 'payment' ? order.due : order.paid;
  const [amount, setAmount] = useState(Number(suggested) > 0 ? suggested : '');
  const [method, setMethod] = useState<string | null>(order.paymentMethod);
  const [paidAt, setPaidAt] = useState(() => toLocalInput(new Date().toISOString()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const title = kind === 'payment' ? t('orders.payments.record') : t('orders.payments.refund');

  const submit = () => {
    const value = amount.trim().replace(',', '.');
    if (!/^\d+(\.\d{1,2})?$/.test(value) || Number(value) === 0) return setErrors({ amount: t('orders.payments.badAmount') });
    const at = fromLocalInput(paidAt);
    add.mutate(
      {
        id: order.id,
        payment: {
          amount: kind === 'refund' ? `-${value}` : value,
          ...(method && { method: method as NonNullable<Order['paymentMethod']> }),
          ...(at && { paidAt: at }),
          ...(note.trim() && { note: note.trim() }),
        },
      },
      {
        onSuccess: () => {
          notifySuccess(kind === 'payment' ? t('orders.payments.recorded') : t('orders.payments.refunded'));
          onClose();
        },
        onError: (e) => setErrors(fieldErrorsOrNotify(e, t)),
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('orders.payments.amount', { currency: order.currency })}
            description={t('orders.payments.dueHint', {
              due: money(order.due, order.currency),
              paid: money(order.paid, order.currency),
            })}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            inputMode="decimal"
            error={errors.amount}
            data-autofocus
            required
          />
          <Select
            label={t('orders.fields.paymentMethod')}
            data={paymentMethodOptions(t)}
            value={method}
            onChange={setMethod}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clearField') }}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            type="datetime-local"
            label={t('orders.payments.paidAt')}
            value={paidAt}
            onChange={(e) => setPaidAt(e.currentTarget.value)}
            error={errors.paidAt}
          />
          <TextInput
            label={t('orders.fields.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} color={kind === 'refund' ? 'orange' : undefined}>
              {title}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
