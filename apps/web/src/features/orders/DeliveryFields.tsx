import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import type { DeliveryValues } from './deliveryForm.ts';
import { paymentMethodOptions, sourceOptions } from './options.ts';

type Props = {
  values: DeliveryValues;
  errors: FieldErrors;
  readOnly?: boolean;
  onChange: (patch: Partial<DeliveryValues>) => void;
};

/** Payment method, sales channel, delivery method, address, tracking number and a note. */
export function DeliveryFields({ values, errors, readOnly = false, onChange }: Props) {
  const { t } = useTranslation();
  const text = (key: 'deliveryMethod' | 'trackingNumber', label: string) => (
    <TextInput
      label={label}
      value={values[key]}
      readOnly={readOnly}
      error={errors[key]}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
    />
  );
  const select = (key: 'paymentMethod' | 'source', label: string, data: { value: string; label: string }[]) => (
    <Select
      label={label}
      data={data}
      value={values[key] || null}
      readOnly={readOnly}
      error={errors[key]}
      clearable={!readOnly}
      clearButtonProps={{ 'aria-label': t('common.clearField') }}
      onChange={(v) => onChange({ [key]: v ?? '' })}
      comboboxProps={{ withinPortal: true }}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {select('paymentMethod', t('orders.fields.paymentMethod'), paymentMethodOptions(t))}
      {select('source', t('orders.fields.source'), sourceOptions(t))}
      {text('deliveryMethod', t('orders.fields.deliveryMethod'))}
      {text('trackingNumber', t('orders.fields.trackingNumber'))}
      <Textarea
        label={t('orders.fields.deliveryAddress')}
        value={values.deliveryAddress}
        readOnly={readOnly}
        error={errors.deliveryAddress}
        autosize
        minRows={2}
        onChange={(e) => onChange({ deliveryAddress: e.currentTarget.value })}
      />
      <Textarea
        label={t('orders.fields.note')}
        value={values.note}
        readOnly={readOnly}
        error={errors.note}
        autosize
        minRows={2}
        onChange={(e) => onChange({ note: e.currentTarget.value })}
      />
    </SimpleGrid>
  );
}
