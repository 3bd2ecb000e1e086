import { Avatar, Box, Menu, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Contact } from '@spilno/schema';
import { AVATAR_MAX_BYTES, AVATAR_TYPES } from '@spilno/schema/values';
import { IconCamera, IconTrash, IconUpload } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { initials } from '../../app/UserMenu.tsx';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { useRemoveAvatar, useUploadAvatar } from './contacts.api.ts';

type Props = { contact: Contact; name: string; writable: boolean; size?: number };

/** The contact's photo (or initials); for those who may change the contact, a click uploads, replaces or removes it. */
export function ContactAvatar({ contact: c, name, writable, size = 56 }: Props) {
  const { t } = useTranslation();
  const upload = useUploadAvatar();
  const remove = useRemoveAvatar();
  const input = useRef<HTMLInputElement>(null);
  const picture = (
    <Avatar src={c.avatarUrl} alt={c.avatarUrl ? name : undefined} color="indigo" radius="xl" size={size}>
      {initials(name)}
    </Avatar>
  );
  if (!writable) return picture;

  const pick = (file: File | undefined) => {
    if (!file) return;
    // The server checks the bytes themselves; these checks only save a pointless upload.
    const problem = !(AVATAR_TYPES as readonly string[]).includes(file.type)
      ? t('contacts.avatar.badType')
      : file.size > AVATAR_MAX_BYTES
        ? t('contacts.avatar.tooBig')
        : null;
    if (problem)
      return notifications.show({ color: 'red', message: problem, closeButtonProps: { 'aria-label': t('common.close') } });
    upload.mutate(
      { id: c.id, file },
      { onSuccess: () => notifySuccess(t('contacts.avatar.uploaded')), onError: (e) => notifyError(e, t) },
    );
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={AVATAR_TYPES.join(',')}
        hidden
        aria-hidden
        tabIndex={-1}
        onChange={(e) => {
          pick(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Tooltip label={t('contacts.avatar.hint')} openDelay={400}>
            <UnstyledButton aria-label={t('contacts.avatar.change', { name })} pos="relative" style={{ borderRadius: '50%' }}>
              {picture}
              <Box pos="absolute" right={-2} bottom={-2}>
                <ThemeIcon size={20} radius="xl" variant="default" aria-hidden>
                  <IconCamera size={12} />
                </ThemeIcon>
              </Box>
            </UnstyledButton>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconUpload size={16} />} disabled={upload.isPending} onClick={() => input.current?.click()}>
            {c.avatarUrl ? t('contacts.avatar.replace') : t('contacts.avatar.upload')}
          </Menu.Item>
          {c.avatarUrl && (
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() =>
                remove.mutate(c.id, {
                  onSuccess: () => notifySuccess(t('contacts.avatar.removed')),
                  onError: (e) => notifyError(e, t),
                })
              }
            >
              {t('contacts.avatar.remove')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
