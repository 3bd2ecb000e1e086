import { ActionIcon, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Contact } from '@spilno/schema';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordHeader } from '../../components/RecordHeader.tsx';
import { useAbilities } from '../../lib/abilities.ts';
import { ContactAvatar } from './ContactAvatar.tsx';
import { useDeleteContact } from './contacts.api.ts';
import { contactName } from './names.ts';

/** Name, position at company, tags, and the edit / delete actions the role allows. */
export function ContactHeader({ contact: c, onEdit }: { contact: Contact; onEdit: () => void }) {
  const { t } = useTranslation();
  const { canWrite } = useAbilities();
  const remove = useDeleteContact();
  const name = contactName(c, t);
  const writable = canWrite('contacts', c.ownerId);

  return (
    <RecordHeader
      back={{ to: '/contacts', label: t('contacts.back') }}
      writable={writable}
      moreLabel={t('contacts.more')}
      remove={{
        mutation: remove,
        id: c.id,
        title: t('contacts.deleteTitle'),
        message: t('contacts.deleteText', { name }),
        done: t('contacts.deleted', { name }),
      }}
      actions={
        <>
          <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit} visibleFrom="sm">
            {t('common.edit')}
          </Button>
          <ActionIcon variant="default" size="input-sm" aria-label={t('common.edit')} onClick={onEdit} hiddenFrom="sm">
            <IconPencil size={18} />
          </ActionIcon>
        </>
      }
    >
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
    </RecordHeader>
  );
}
