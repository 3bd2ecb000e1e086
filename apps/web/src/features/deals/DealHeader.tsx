import { ActionIcon, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import type { Deal, Pipeline } from '@spilno/schema';
import { IconDots, IconPencil, IconThumbDown, IconThumbUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useSalesAccess } from '../sales/access.ts';
import { useMoney } from '../sales/money.ts';
import { DealStatusBadge } from './DealStatusBadge.tsx';
import { useDeleteDeal } from './deals.api.ts';
import { useStageChange } from './useStageChange.tsx';

/** Name, amount, status and the actions the role allows: won, lost, edit, delete. */
export function DealHeader({ deal, pipeline, onEdit }: { deal: Deal; pipeline: Pipeline | undefined; onEdit: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { canWrite } = useSalesAccess();
  const { money } = useMoney();
  const { moveTo, modal } = useStageChange(deal);
  const remove = useDeleteDeal();
  const [deleting, setDeleting] = useState(false);
  const writable = canWrite('deals', deal.ownerId);
  const won = pipeline?.stages.find((s) => s.kind === 'won');
  const lost = pipeline?.stages.find((s) => s.kind === 'lost');

  const destroy = () =>
    remove.mutate(deal.id, {
      onSuccess: () => {
        notifySuccess(t('deals.deleted', { name: deal.name }));
        navigate('/deals');
      },
      onError: (e) => notifyError(e, t),
    });

  return (
    <Stack gap="xs">
      <BackLink to={`/deals?pipelineId=${deal.pipelineId}`}>{t('deals.back')}</BackLink>
      <Group justify="space-between" align="flex-start" gap="sm">
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
        {writable && (
          <Group gap="xs">
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
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="input-sm" aria-label={t('deals.more')}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                  {t('common.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      {modal}
      <ConfirmModal
        opened={deleting}
        title={t('deals.deleteTitle')}
        message={t('deals.deleteText', { name: deal.name })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={destroy}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}
