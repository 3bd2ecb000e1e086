import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Contact, Page } from '@spilno/schema';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { useContact } from '../contacts/contacts.api.ts';
import { contactName } from '../contacts/names.ts';

type Props = { label: string; value: string | null; onChange: (id: string | null) => void; error?: string | undefined };

/** Finds a contact by name, phone or email as you type; the chosen one stays listed. */
export function ContactSelect({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['contacts', 'search', q],
    queryFn: () => api<Page<Contact>>('/contacts', { query: { q: q || undefined, limit: 20 } }),
    select: (page) => page.items,
    placeholderData: (previous) => previous,
  });
  const chosen = useContact(value ?? undefined);
  const options = new Map((found.data ?? []).map((c) => [c.id, contactName(c, t)]));
  if (chosen.data) options.set(chosen.data.id, contactName(chosen.data, t));

  return (
    <Select
      label={label}
      placeholder={t('deals.findContact')}
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
