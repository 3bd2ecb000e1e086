import { Button, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DebouncedTextInput } from '../../components/DebouncedTextInput.tsx';
import { CompanySelect } from '../companies/CompanySelect.tsx';
import { UserSelect } from '../users/UserSelect.tsx';
import type { ContactListParams } from './listParams.ts';

type Props = { value: ContactListParams; onChange: (patch: Partial<ContactListParams>) => void; onClear: () => void };

/** Owner, tag, company and the two date ranges; the search box sits above, always in view. */
export function ContactFilters({ value, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const date = (key: 'createdFrom' | 'createdTo' | 'lastContactedFrom' | 'lastContactedTo', label: string) => (
    <TextInput type="date" label={label} value={value[key]} onChange={(e) => onChange({ [key]: e.currentTarget.value })} />
  );
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} verticalSpacing="sm" mb="md">
      <UserSelect
        label={t('contacts.fields.owner')}
        value={value.ownerId || null}
        onChange={(id) => onChange({ ownerId: id ?? '' })}
      />
      <DebouncedTextInput
        label={t('contacts.fields.tag')}
        value={value.tag}
        onChange={(tag) => onChange({ tag: tag.trim().toLowerCase() })}
      />
      <CompanySelect
        label={t('contacts.fields.company')}
        value={value.companyId || null}
        onChange={(id) => onChange({ companyId: id ?? '' })}
      />
      <Button variant="default" mt={{ base: 0, md: 25 }} onClick={onClear}>
        {t('common.clearFilters')}
      </Button>
      {date('createdFrom', t('contacts.filters.createdFrom'))}
      {date('createdTo', t('contacts.filters.createdTo'))}
      {date('lastContactedFrom', t('contacts.filters.lastContactedFrom'))}
      {date('lastContactedTo', t('contacts.filters.lastContactedTo'))}
    </SimpleGrid>
  );
}
