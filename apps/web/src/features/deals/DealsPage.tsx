import { Button, Group, Select } from '@mantine/core';
import type { Pipeline } from '@spilno/schema';
import { IconChartBar, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DebouncedTextInput } from '../../components/DebouncedTextInput.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useSalesAccess } from '../sales/access.ts';
import { QueryGate } from '../sales/QueryGate.tsx';
import { compact, useSearchState } from '../sales/useSearchState.ts';
import { type BoardView, ViewToggle } from '../sales/ViewToggle.tsx';
import { UserSelect } from '../users/UserSelect.tsx';
import { DealBoard } from './DealBoard.tsx';
import { DealTable } from './DealTable.tsx';
import { DealTableFilters } from './DealTableFilters.tsx';
import { DealFormModal } from './panels.tsx';
import { usePipelines } from './pipelines.api.ts';

const KEYS = ['view', 'pipelineId', 'q', 'ownerId', 'stageId', 'status'] as const;

export default function DealsPage() {
  const { t } = useTranslation();
  const { canCreate } = useSalesAccess();
  const pipelines = usePipelines();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('modules.deals')}
        actions={
          <Group gap="xs">
            <Button component={Link} to="/deals/forecast" variant="default" leftSection={<IconChartBar size={16} />}>
              {t('deals.forecast')}
            </Button>
            {canCreate('deals') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                {t('deals.new')}
              </Button>
            )}
          </Group>
        }
      />
      <QueryGate query={pipelines}>{(all) => <DealsView pipelines={all} />}</QueryGate>
      {creating && <DealFormModal onClose={() => setCreating(false)} />}
    </>
  );
}

function DealsView({ pipelines }: { pipelines: Pipeline[] }) {
  const { t } = useTranslation();
  const { seesAll } = useSalesAccess();
  const [params, setParams] = useSearchState(KEYS);
  const view: BoardView = params.view === 'table' ? 'table' : 'board';
  const pipeline = pipelines.find((p) => p.id === params.pipelineId) ?? pipelines.find((p) => p.isDefault) ?? pipelines[0];
  if (!pipeline) return null;
  const filters = compact({ pipelineId: pipeline.id, q: params.q.trim(), ownerId: params.ownerId });
  return (
    <>
      <Group gap="xs" mb="md" align="flex-end">
        <Select
          label={t('deals.pipeline')}
          data={pipelines.map((p) => ({ value: p.id, label: p.name }))}
          value={pipeline.id}
          onChange={(id) => setParams({ pipelineId: id ?? '', stageId: '' })}
          allowDeselect={false}
          style={{ flex: '1 1 200px' }}
        />
        <DebouncedTextInput
          label={t('common.search')}
          placeholder={t('deals.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={params.q}
          onChange={(q) => setParams({ q })}
          style={{ flex: '1 1 220px' }}
          type="search"
        />
        {seesAll('deals') && (
          <div style={{ flex: '1 1 200px' }}>
            <UserSelect
              label={t('deals.fields.owner')}
              value={params.ownerId || null}
              onChange={(v) => setParams({ ownerId: v ?? '' })}
            />
          </div>
        )}
        <ViewToggle value={view} onChange={(v) => setParams({ view: v === 'board' ? '' : v, stageId: '', status: '' })} />
      </Group>
      {view === 'board' ? (
        <DealBoard filters={filters} />
      ) : (
        <>
          <DealTableFilters pipeline={pipeline} value={params} onChange={setParams} />
          <DealTable
            pipeline={pipeline}
            filters={{ ...filters, ...compact({ stageId: params.stageId, status: params.status }) }}
          />
        </>
      )}
    </>
  );
}
