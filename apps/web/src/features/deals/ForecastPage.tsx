import { Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSalesAccess } from '../sales/access.ts';
import { isoDay } from '../sales/dates.ts';
import { QueryGate } from '../sales/QueryGate.tsx';
import { compact, useSearchState } from '../sales/useSearchState.ts';
import { UserSelect } from '../users/UserSelect.tsx';
import { useForecast } from './deals.api.ts';
import { ForecastChart } from './ForecastChart.tsx';
import { ForecastTable } from './ForecastTable.tsx';
import { usePipelines } from './pipelines.api.ts';

const KEYS = ['from', 'to', 'pipelineId', 'ownerId'] as const;

/** Open deals by the month they should close: the amount and the amount weighted by probability. */
export default function ForecastPage() {
  const { t } = useTranslation();
  const { seesAll } = useSalesAccess();
  const pipelines = usePipelines();
  const [params, setParams] = useSearchState(KEYS);
  const from = params.from || isoDay(0, 'start');
  const to = params.to || isoDay(11, 'end');
  const forecast = useForecast({ from, to, ...compact({ pipelineId: params.pipelineId, ownerId: params.ownerId }) });

  return (
    <Stack gap="md">
      <BackLink to="/deals">{t('deals.back')}</BackLink>
      <PageHeader title={t('deals.forecastTitle')} description={t('deals.forecastDescription')} />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <TextInput
          label={t('deals.from')}
          type="date"
          value={from}
          onChange={(e) => setParams({ from: e.currentTarget.value })}
        />
        <TextInput label={t('deals.to')} type="date" value={to} onChange={(e) => setParams({ to: e.currentTarget.value })} />
        <Select
          label={t('deals.pipeline')}
          placeholder={t('common.all')}
          data={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={params.pipelineId || null}
          onChange={(id) => setParams({ pipelineId: id ?? '' })}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clearField') }}
        />
        {seesAll('deals') && (
          <UserSelect
            label={t('deals.fields.owner')}
            value={params.ownerId || null}
            onChange={(v) => setParams({ ownerId: v ?? '' })}
          />
        )}
      </SimpleGrid>
      <QueryGate query={forecast}>
        {(months) =>
          months.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              {t('deals.forecastEmpty')}
            </Text>
          ) : (
            <Paper withBorder p="md" radius="md">
              <Stack gap="lg">
                <ForecastChart months={months} from={from} to={to} />
                <ForecastTable months={months} />
              </Stack>
            </Paper>
          )
        }
      </QueryGate>
    </Stack>
  );
}
