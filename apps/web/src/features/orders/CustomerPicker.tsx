import { SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CompanySelect } from '../companies/CompanySelect.tsx';
import { ContactSelect } from '../deals/ContactSelect.tsx';

export type CustomerChoice = { kind: 'contact' | 'company'; id: string | null };

/** A person or an organisation buys: pick which, then find them by name or phone. */
export function CustomerPicker({
  value,
  error,
  onChange,
}: {
  value: CustomerChoice;
  error: string | undefined;
  onChange: (v: CustomerChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t('orders.fields.customer')}
        data={[
          { value: 'contact', label: t('orders.fields.contact') },
          { value: 'company', label: t('orders.fields.company') },
        ]}
        value={value.kind}
        onChange={(kind) => onChange({ kind: kind as CustomerChoice['kind'], id: null })}
        style={{ alignSelf: 'flex-start' }}
      />
      {value.kind === 'contact' ? (
        <ContactSelect
          label={t('orders.fields.contact')}
          value={value.id}
          onChange={(id) => onChange({ ...value, id })}
          error={error}
        />
      ) : (
        <CompanySelect
          label={t('orders.fields.company')}
          value={value.id}
          onChange={(id) => onChange({ ...value, id })}
          error={error}
        />
      )}
    </Stack>
  );
}
