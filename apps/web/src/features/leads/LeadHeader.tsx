import { ActionIcon, Button, Group, Menu, Stack, Title } from '@mantine/core';
import type { Lead } from '@spilno/schema';
import { IconDots, IconPencil, IconTransform, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useSalesAccess } from '../sales/access.ts';
import { LeadStatusBadge, RatingBadge } from './LeadBadges.tsx';
import { useDeleteLead, useUpdateLead } from './leads.api.ts';

const MOVES = ['new', 'in_progress', 'recycled', 'dead'] as const;

/** Name, status and the actions the role allows: convert, edit, change status, delete. */
export function LeadHeader({ lead, onEdit, onConvert }: { lead: Lead; onEdit: () => void; onConvert: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { canWrite } = useSalesAccess();
  const update = useUpdateLead();
  const remove = useDeleteLead();
  const [deleting, setDeleting] = useState(false);
  const open = lead.status !== 'converted';
  const writable = canWrite('leads', lead.ownerId);

  const setStatus = (status: (typeof MOVES)[number]) =>
    update.mutate(
      { id: lead.id, patch: { status } },
      {
        onSuccess: () => notifySuccess(t('leads.statusChanged', { status: t(`leads.statuses.${status}`) })),
        onError: (e) => notifyError(e, t),
      },
    );
  const destroy = () =>
    remove.mutate(lead.id, {
      onSuccess: () => {
        notifySuccess(t('leads.deleted', { name: lead.name }));
        navigate('/leads');
      },
      onError: (e) => notifyError(e, t),
    });

  return (
    <Stack gap="xs">
      <BackLink to="/leads">{t('leads.back')}</BackLink>
      <Group justify="space-between" align="flex-start" gap="sm">
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
        {writable && (
          <Group gap="xs" wrap="nowrap">
            {open && (
              <Button leftSection={<IconTransform size={16} />} onClick={onConvert}>
                {t('leads.convert')}
              </Button>
            )}
            {open && (
              <ActionIcon variant="default" size="input-sm" aria-label={t('common.edit')} onClick={onEdit}>
                <IconPencil size={18} />
              </ActionIcon>
            )}
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="input-sm" aria-label={t('leads.more')}>
                  <IconDots size={18} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {open &&
                  MOVES.filter((s) => s !== lead.status).map((s) => (
                    <Menu.Item key={s} onClick={() => setStatus(s)}>
                      {t('leads.markAs', { status: t(`leads.statuses.${s}`) })}
                    </Menu.Item>
                  ))}
                {open && <Menu.Divider />}
                <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                  {t('common.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      <ConfirmModal
        opened={deleting}
        title={t('leads.deleteTitle')}
        message={t('leads.deleteText', { name: lead.name })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={destroy}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}
