import { ActionIcon, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Deal, Pipeline } from '@spilno/schema';
import { IconPencil, IconThumbDown, IconThumbUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RecordHeader } from '../../components/RecordHeader.tsx';
import { useSalesAccess } from '../sales/access.ts';
import { useMoney } from '../sales/money.ts';
import { DealStatusBadge } from './DealStatusBadge.tsx';
import { useDeleteDeal } from './deals.api.ts';
import { useStageChange } from './useStageChange.tsx';

/** Name, amount, status and the actions the role allows: won, lost, edit, delete. */
export function DealHeader({ deal, pipeline, onEdit }: { deal: Deal; pipeline: Pipeline | undefined; onEdit: () => void }) {
  const { t } = useTranslation();
  const { canWrite } = useSalesAccess();
  const { money } = useMoney();
  const { moveTo, modal } = useStageChange(deal);
  const remove = useDeleteDeal();
  const won = pipeline?.stages.find((s) => s.kind === 'won');
  const lost = pipeline?.stages.find((s) => s.kind === 'lost');

  return (
    <>
      <RecordHeader
        back={{ to: `/deals?pipelineId=${deal.pipelineId}`, label: t('deals.back') }}
        writable={canWrite('deals', deal.ownerId)}
        moreLabel={t('deals.more')}
        remove={{
          mutation: remove,
          id: deal.id,
          title: t('deals.deleteTitle'),
          message: t('deals.deleteText', { name: deal.name }),
          done: t('deals.deleted', { name: deal.name }),
        }}
        actions={
          <>
            {deal.status === 'open' && won && (
              <Button color="teal" leftSection={<IconThumbUp size={16} />} onClick={() => moveTo(won)}>
                {t('deals.won')}
              </Button>
            )}
            {deal.status === 'open' && lost && (
              <Button color="red" variant="light" leftSection={<IconThumbDown size={16} />} onClick={() => moveTo(lost)}>
                {t('deals.lost')}
              </Button>
            )}
            <ActionIcon variant="default" size="input-sm" aria-label={t('common.edit')} onClick={onEdit}>
              <IconPencil size={18} />
            </ActionIcon>
          </>
        }
      >
        <Stack gap={4} miw={0}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {deal.name}
          </Title>
          <Group gap="xs">
            <Text fz="xl" fw={600} data-testid="deal-amount">
              {money(deal.amount, deal.currency)}
            </Text>
            <DealStatusBadge status={deal.status} />
            {pipeline && <Text c="dimmed">{pipeline.name}</Text>}
          </Group>
        </Stack>
      </RecordHeader>
      {modal}
    </>
  );
}
