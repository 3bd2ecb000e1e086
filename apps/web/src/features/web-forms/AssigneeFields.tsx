import { MultiSelect, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUserList } from '../users/users.api.ts';
import type { WebForm } from './web-forms.api.ts';

type Props = {
  mode: WebForm['assignMode'];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
};

/** Who gets the form's leads: several people in turn, or one person. Only active colleagues can take leads. */
export function AssigneeFields({ mode, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const users = useUserList({ status: 'active' });
  const data = users.items.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  if (mode === 'user')
    return (
      <Select
        label={t('webForms.fields.assignee')}
        data={data}
        value={value[0] ?? null}
        onChange={(id) => onChange(id ? [id] : [])}
        searchable
        required
        error={error}
      />
    );
  return (
    <MultiSelect
      label={t('webForms.fields.assignees')}
      description={t('webForms.assigneesHint')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      required
      error={error}
    />
  );
}
