import { Button, Collapse, SimpleGrid, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { AUDIT_ACTIONS } from '@spilno/schema/values';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { UserSelect } from '../users/UserSelect.tsx';
import type { AuditFilterValues } from './audit.api.ts';

export const ENTITY_TYPES = ['user', 'session', 'contact', 'company', 'activity', 'import'] as const;
export const EMPTY_AUDIT_FILTERS: AuditFilterValues = { userId: null, entityType: null, action: null, from: '', to: '' };

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (v: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const active = JSON.stringify(value) !== JSON.stringify(EMPTY_AUDIT_FILTERS);
  // Five filters would push the log below the fold on a phone: there they fold away.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [open, { toggle }] = useDisclosure(false);
  const count = Object.values(value).filter((v) => v !== null && v !== '').length;

  const grid = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} mb="md" verticalSpacing="sm">
      <UserSelect label={t('fields.user')} value={value.userId} onChange={(userId) => set({ userId })} />
      <FilterSelect
        label={t('audit.entityType')}
        data={ENTITY_TYPES.map((e) => ({ value: e, label: t(`audit.entityTypes.${e}`) }))}
        value={value.entityType}
        onChange={(entityType) => set({ entityType })}
      />
      <FilterSelect
        label={t('audit.action')}
        data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
        value={value.action}
        onChange={(action) => set({ action: action as AuditFilterValues['action'] })}
      />
      <TextInput label={t('audit.from')} type="date" value={value.from} onChange={(e) => set({ from: e.currentTarget.value })} />
      <TextInput label={t('audit.to')} type="date" value={value.to} onChange={(e) => set({ to: e.currentTarget.value })} />
      <Button variant="default" mt={{ base: 0, lg: 25 }} disabled={!active} onClick={() => onChange(EMPTY_AUDIT_FILTERS)}>
        {t('common.clearFilters')}
      </Button>
    </SimpleGrid>
  );
  if (!phone) return grid;
  return (
    <>
      <Button variant="default" leftSection={<IconFilter size={16} />} onClick={toggle} mb="md" aria-expanded={open}>
        {count ? t('common.filtersCount', { count }) : t('common.filters')}
      </Button>
      <Collapse expanded={open}>{grid}</Collapse>
    </>
  );
}
