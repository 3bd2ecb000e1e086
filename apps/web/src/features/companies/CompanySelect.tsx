import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompany, useCompanySearch } from './companies.api.ts';

type Props = { label: string; value: string | null; onChange: (id: string | null) => void; error?: string | undefined };

/** Finds a company by name as you type; the chosen one stays listed even when the search moves on. */
export function CompanySelect({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useCompanySearch(q);
  const chosen = useCompany(value);
  const options = new Map((found.data ?? []).map((c) => [c.id, c.name]));
  if (chosen.data) options.set(chosen.data.id, chosen.data.name);

  return (
    <Select
      label={label}
      placeholder={t('companies.searchPlaceholder')}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clearField') }}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
    />
  );
}
