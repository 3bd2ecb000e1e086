import type { CustomField } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { DetailRow } from '../../components/DetailRow.tsx';
import { useFormat } from '../../lib/format.ts';

/** The record's custom fields that have a value, formatted by type. */
export function CustomFieldValues({ fields, values }: { fields: CustomField[]; values: Record<string, unknown> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const show = (f: CustomField, v: unknown) => {
    if (f.type === 'checkbox') return v ? t('common.yes') : t('common.no');
    if (f.type === 'number' && typeof v === 'number') return fmt.number(v);
    if (f.type === 'date' && typeof v === 'string') return fmt.date(`${v}T00:00:00`);
    return String(v);
  };
  return fields
    .filter((f) => values[f.key] !== undefined && values[f.key] !== null && values[f.key] !== '')
    .map((f) => <DetailRow key={f.id} label={f.label} value={show(f, values[f.key])} />);
}
