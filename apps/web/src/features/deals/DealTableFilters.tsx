import { SimpleGrid } from '@mantine/core';
import type { Pipeline } from '@spilno/schema';
import { DEAL_STATUSES } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../components/FilterSelect.tsx';

type Values = { stageId: string; status: string };

/** The table's extra filters: one stage, or open / won / lost. */
export function DealTableFilters({
  pipeline,
  value,
  onChange,
}: {
  pipeline: Pipeline;
  value: Values;
  onChange: (patch: Partial<Values>) => void;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="md">
      <FilterSelect
        label={t('deals.fields.stage')}
        data={pipeline.stages.map((s) => ({ value: s.id, label: s.name }))}
        value={value.stageId || null}
        onChange={(v) => onChange({ stageId: v ?? '' })}
      />
      <FilterSelect
        label={t('deals.fields.status')}
        data={DEAL_STATUSES.map((s) => ({ value: s, label: t(`deals.statuses.${s}`) }))}
        value={value.status || null}
        onChange={(v) => onChange({ status: v ?? '' })}
      />
    </SimpleGrid>
  );
}
