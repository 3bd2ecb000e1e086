import { SimpleGrid, TextInput } from '@mantine/core';
import type { Role } from '@spilno/schema';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { roleOptions, statusOptions } from './options.ts';
import type { UserStatus } from './users.api.ts';

export type UserFilterValues = { q: string; role: Role | null; status: UserStatus | null };

export function UserFilters({ value, onChange }: { value: UserFilterValues; onChange: (v: UserFilterValues) => void }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
      <TextInput
        label={t('common.search')}
        placeholder={t('users.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={value.q}
        onChange={(e) => onChange({ ...value, q: e.currentTarget.value })}
      />
      <FilterSelect
        label={t('fields.status')}
        data={statusOptions(t)}
        value={value.status}
        onChange={(s) => onChange({ ...value, status: s as UserStatus | null })}
      />
      <FilterSelect
        label={t('fields.role')}
        data={roleOptions(t)}
        value={value.role}
        onChange={(r) => onChange({ ...value, role: r as Role | null })}
      />
    </SimpleGrid>
  );
}
