import { Select } from '@mantine/core';
import { LEAD_SOURCES } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import type { WebForm } from './web-forms.api.ts';

/** The source every lead from this form gets, so reports can tell the form's leads apart. */
export function SourceSelect({ value, onChange }: { value: WebForm['source']; onChange: (s: WebForm['source']) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('webForms.fields.source')}
      data={LEAD_SOURCES.map((s) => ({ value: s, label: t(`leads.sources.${s}`) }))}
      value={value}
      onChange={(s) => s && onChange(s as WebForm['source'])}
      allowDeselect={false}
    />
  );
}
