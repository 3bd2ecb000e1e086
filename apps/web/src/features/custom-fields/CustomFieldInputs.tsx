import { Checkbox, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { CustomField } from '@spilno/schema';
import type { FieldErrors } from '../../lib/form.ts';

export type CustomValues = Record<string, string | number | boolean | null>;
type Props = { fields: CustomField[]; value: CustomValues; onChange: (value: CustomValues) => void; errors: FieldErrors };

/** One input per admin-defined field, of the field's type. */
export function CustomFieldInputs({ fields, value, onChange, errors }: Props) {
  const set = (key: string, v: string | number | boolean | null) => onChange({ ...value, [key]: v });
  const input = (f: CustomField) => {
    const common = { label: f.label, error: errors[`customFields.${f.key}`] };
    const raw = value[f.key];
    switch (f.type) {
      case 'number':
        return (
          <NumberInput
            {...common}
            value={typeof raw === 'number' ? raw : ''}
            onChange={(n) => set(f.key, typeof n === 'number' ? n : null)}
          />
        );
      case 'date':
        return (
          <TextInput
            {...common}
            type="date"
            value={typeof raw === 'string' ? raw : ''}
            onChange={(e) => set(f.key, e.currentTarget.value || null)}
          />
        );
      case 'select':
        return (
          <Select
            {...common}
            data={f.options}
            value={typeof raw === 'string' ? raw : null}
            onChange={(v) => set(f.key, v)}
            clearable
          />
        );
      case 'checkbox':
        return (
          <Checkbox {...common} mt={{ sm: 30 }} checked={raw === true} onChange={(e) => set(f.key, e.currentTarget.checked)} />
        );
      default:
        return (
          <TextInput
            {...common}
            value={typeof raw === 'string' ? raw : ''}
            onChange={(e) => set(f.key, e.currentTarget.value || null)}
          />
        );
    }
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {fields.map((f) => (
        <div key={f.id}>{input(f)}</div>
      ))}
    </SimpleGrid>
  );
}
