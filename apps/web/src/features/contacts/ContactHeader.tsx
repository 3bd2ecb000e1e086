import { ActionIcon, Anchor, Badge, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import type { Contact } from '@spilno/schema';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../components/BackLink.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { useAbilities } from '../../lib/abilities.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { ContactAvatar } from './ContactAvatar.tsx';
import { useDeleteContact } from './contacts.api.ts';
import { contactName } from './names.ts';

/** Name, position at company, tags, and the edit / delete actions the role allows. */
export function ContactHeader({ contact: c, onEdit }: { contact: Contact; onEdit: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { canWrite } = useAbilities();
  const remove = useDeleteContact();
  const [deleting, setDeleting] = useState(false);
  const name = contactName(c, t);
  const writable = canWrite('contacts', c.ownerId);

  const destroy = () =>
    remove.mutate(c.id, {
      onSuccess: () => {
        notifySuccess(t('contacts.deleted', { name }));
        navigate('/contacts');
      },
      onError: (e) => notifyError(e, t),
    });

  return (
    <Stack gap="xs">
      <BackLink to="/contacts">{t('contacts.back')}</BackLink>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group wrap="nowrap" align="flex-start" miw={0}>
          <ContactAvatar contact={c} name={name} writable={writable} />
          <Stack gap={4} miw={0}>
            <Title order={2} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Title>
            {(c.position || c.companyId) && (
              <Text c="dimmed">
                {c.position}
                {c.position && c.companyId && ' · '}
                {c.companyId && (
                  <Anchor component={Link} to={`/companies/${c.companyId}`} inherit>
                    {c.companyName}
                  </Anchor>
                )}
              </Text>
            )}
            {c.tags.length > 0 && (
              <Group gap={4}>
                {c.tags.map((tag) => (
                  <Badge key={tag} variant="light">
                    {tag}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        </Group>
        {writable && (
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit} visibleFrom="sm">
              {t('common.edit')}
            </Button>
            <ActionIcon variant="default" size="input-sm" aria-label={t('common.edit')} onClick={onEdit} hiddenFrom="sm">
              <IconPencil size={18} />
            </ActionIcon>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="input-sm" aria-label={t('contacts.more')}>
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
      <ConfirmModal
        opened={deleting}
        title={t('contacts.deleteTitle')}
        message={t('contacts.deleteText', { name })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={destroy}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}
