import { SimpleGrid } from '@mantine/core';
import { LEAD_COLUMNS } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { useSalesAccess } from '../sales/access.ts';
import { UserSelect } from '../users/UserSelect.tsx';
import { ratingOptions, sourceOptions, statusOptions } from './options.ts';

export type LeadFilterValues = { ownerId: string; source: string; rating: string; status: string; column: string };

/** Owner (for those who see everyone's leads), source, rating; status and board column only in the table. */
export function LeadFilters({
  value,
  onChange,
  withStatus,
}: {
  value: LeadFilterValues;
  onChange: (patch: Partial<LeadFilterValues>) => void;
  withStatus: boolean;
}) {
  const { t } = useTranslation();
  const { seesAll } = useSalesAccess();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: withStatus ? 5 : 3 }} mb="md">
      {seesAll('leads') && (
        <UserSelect
          label={t('leads.fields.owner')}
          value={value.ownerId || null}
          onChange={(v) => onChange({ ownerId: v ?? '' })}
        />
      )}
      <FilterSelect
        label={t('leads.fields.source')}
        data={sourceOptions(t)}
        value={value.source || null}
        onChange={(v) => onChange({ source: v ?? '' })}
      />
      <FilterSelect
        label={t('leads.fields.rating')}
        data={ratingOptions(t)}
        value={value.rating || null}
        onChange={(v) => onChange({ rating: v ?? '' })}
      />
      {withStatus && (
        <FilterSelect
          label={t('leads.fields.status')}
          data={statusOptions(t)}
          value={value.status || null}
          onChange={(v) => onChange({ status: v ?? '' })}
        />
      )}
      {withStatus && (
        <FilterSelect
          label={t('leads.column')}
          data={LEAD_COLUMNS.map((c) => ({ value: c, label: t(`leads.columns.${c}`) }))}
          value={value.column || null}
          onChange={(v) => onChange({ column: v ?? '' })}
        />
      )}
    </SimpleGrid>
  );
}
