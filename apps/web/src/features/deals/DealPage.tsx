import { Grid, Stack } from '@mantine/core';
import type { Deal, Pipeline } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFound } from '../../app/ErrorScreens.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ApiError } from '../../lib/api.ts';
import { Timeline } from '../activities/Timeline.tsx';
import { DocumentsPanel } from '../documents/DocumentsPanel.tsx';
import { QueryGate } from '../sales/QueryGate.tsx';
import { DealDetails } from './DealDetails.tsx';
import { DealHeader } from './DealHeader.tsx';
import { DealItems } from './DealItems.tsx';
import { useDeal } from './deals.api.ts';
import { DealFormModal } from './panels.tsx';
import { usePipelines } from './pipelines.api.ts';
import { StageHistory } from './StageHistory.tsx';
import { StageStepper } from './StageStepper.tsx';

export default function DealPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const deal = useDeal(id);
  const pipelines = usePipelines();
  usePageTitle(deal.data?.name ?? t('modules.deals'));
  if (deal.error instanceof ApiError && deal.error.status === 404) return <NotFound />;
  return (
    <QueryGate query={deal}>
      {(d) => (
        <QueryGate query={pipelines}>
          {(all) => <DealView deal={d} pipeline={all.find((p) => p.id === d.pipelineId)} />}
        </QueryGate>
      )}
    </QueryGate>
  );
}

function DealView({ deal, pipeline }: { deal: Deal; pipeline: Pipeline | undefined }) {
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg" maw={1280}>
      <DealHeader deal={deal} pipeline={pipeline} onEdit={() => setEditing(true)} />
      {pipeline && <StageStepper deal={deal} pipeline={pipeline} />}
      <DealItems deal={deal} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DealDetails deal={deal} pipeline={pipeline} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <StageHistory deal={deal} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <DocumentsPanel source={{ dealId: deal.id }} kinds={['quote']} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Timeline target={{ dealId: deal.id }} />
        </Grid.Col>
      </Grid>
      {editing && <DealFormModal deal={deal} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
