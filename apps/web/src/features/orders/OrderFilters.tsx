import { SimpleGrid, TextInput } from '@mantine/core';
import { PAYMENT_STATUSES } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { useStatusLabels } from './statuses.ts';

export type FilterValues = { status: string; paymentStatus: string; from: string; to: string };

/** Status, payment status and the days the orders were placed on. */
export function OrderFilters({ value, onChange }: { value: FilterValues; onChange: (patch: Partial<FilterValues>) => void }) {
  const { t } = useTranslation();
  const { options } = useStatusLabels();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="sm">
      <FilterSelect
        label={t('orders.fields.status')}
        data={options}
        value={value.status || null}
        onChange={(v) => onChange({ status: v ?? '' })}
      />
      <FilterSelect
        label={t('orders.fields.paymentStatus')}
        data={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`orders.paymentStatuses.${s}`) }))}
        value={value.paymentStatus || null}
        onChange={(v) => onChange({ paymentStatus: v ?? '' })}
      />
      <TextInput
        type="date"
        label={t('orders.filters.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(e) => onChange({ from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('orders.filters.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(e) => onChange({ to: e.currentTarget.value })}
      />
    </SimpleGrid>
  );
}
