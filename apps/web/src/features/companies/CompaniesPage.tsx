import { Anchor, Badge, Button, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Company } from '@spilno/schema';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useAbilities } from '../../lib/abilities.ts';
import { CompanyFormModal } from './CompanyFormModal.tsx';
import { useCompanyList } from './companies.api.ts';
import { industryOptions, typeOptions } from './options.ts';

export default function CompaniesPage() {
  const { t } = useTranslation();
  const { canCreate } = useAbilities();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [type, setType] = useState<string | null>(null);
  const [industry, setIndustry] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useCompanyList({ q: q || undefined, type: type ?? undefined, industry: industry ?? undefined });

  const columns: Column<Company>[] = [
    {
      key: 'name',
      header: t('companies.fields.name'),
      primary: true,
      render: (c) => (
        <Anchor component={Link} to={`/companies/${c.id}`} fw={500} inherit>
          {c.name}
        </Anchor>
      ),
    },
    {
      key: 'type',
      header: t('companies.fields.type'),
      render: (c) => (c.type ? <Badge variant="light">{t(`companies.types.${c.type}`)}</Badge> : '—'),
    },
    {
      key: 'industry',
      header: t('companies.fields.industry'),
      render: (c) => (c.industry ? t(`companies.industries.${c.industry}`) : '—'),
    },
    { key: 'phone', header: t('contacts.fields.phones'), render: (c) => c.phones[0]?.value ?? '—' },
    { key: 'website', header: t('companies.fields.website'), render: (c) => c.website ?? '—' },
  ];

  return (
    <>
      <PageHeader
        title={t('modules.companies')}
        actions={
          canCreate('companies') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('companies.new')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <TextInput
          label={t('common.search')}
          placeholder={t('companies.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <FilterSelect label={t('companies.fields.type')} data={typeOptions(t)} value={type} onChange={setType} />
        <FilterSelect
          label={t('companies.fields.industry')}
          data={industryOptions(t)}
          value={industry}
          onChange={setIndustry}
          searchable
        />
      </SimpleGrid>
      <ListState {...list} isEmpty={list.items.length === 0} empty={t('companies.empty')}>
        <DataTable rows={list.items} columns={columns} rowKey={(c) => c.id} label={t('modules.companies')} />
      </ListState>
      {creating && <CompanyFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
