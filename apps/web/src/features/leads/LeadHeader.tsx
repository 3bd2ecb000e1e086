import { ActionIcon, Button, Group, Menu, Stack, Title } from '@mantine/core';
import type { Lead } from '@spilno/schema';
import { IconPencil, IconTransform } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { RecordHeader } from '../../components/RecordHeader.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useSalesAccess } from '../sales/access.ts';
import { LeadStatusBadge, RatingBadge } from './LeadBadges.tsx';
import { useDeleteLead, useUpdateLead } from './leads.api.ts';

const MOVES = ['new', 'in_progress', 'recycled', 'dead'] as const;

/** Name, status and the actions the role allows: convert, edit, change status, delete. */
export function LeadHeader({ lead, onEdit, onConvert }: { lead: Lead; onEdit: () => void; onConvert: () => void }) {
  const { t } = useTranslation();
  const { canWrite } = useSalesAccess();
  const update = useUpdateLead();
  const remove = useDeleteLead();
  const open = lead.status !== 'converted';

  const setStatus = (status: (typeof MOVES)[number]) =>
    update.mutate(
      { id: lead.id, patch: { status } },
      {
        onSuccess: () => notifySuccess(t('leads.statusChanged', { status: t(`leads.statuses.${status}`) })),
        onError: (e) => notifyError(e, t),
      },
    );

  return (
    <RecordHeader
      back={{ to: '/leads', label: t('leads.back') }}
      writable={canWrite('leads', lead.ownerId)}
      moreLabel={t('leads.more')}
      remove={{
        mutation: remove,
        id: lead.id,
        title: t('leads.deleteTitle'),
        message: t('leads.deleteText', { name: lead.name }),
        done: t('leads.deleted', { name: lead.name }),
      }}
      actions={
        open && (
          <>
            <Button leftSection={<IconTransform size={16} />} onClick={onConvert}>
              {t('leads.convert')}
            </Button>
            <ActionIcon variant="default" size="input-sm" aria-label={t('common.edit')} onClick={onEdit}>
              <IconPencil size={18} />
            </ActionIcon>
          </>
        )
      }
      menuItems={
        open && (
          <>
            {MOVES.filter((s) => s !== lead.status).map((s) => (
              <Menu.Item key={s} onClick={() => setStatus(s)}>
                {t('leads.markAs', { status: t(`leads.statuses.${s}`) })}
              </Menu.Item>
            ))}
            <Menu.Divider />
          </>
        )
      }
    >
      <Stack gap={6} miw={0}>
        <Group gap="xs">
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {lead.name}
          </Title>
          <RatingBadge rating={lead.rating} />
        </Group>
        <Group gap={4}>
          <LeadStatusBadge lead={lead} />
        </Group>
      </Stack>
    </RecordHeader>
  );
}
