import { Avatar, Group, Menu, Text, UnstyledButton, useComputedColorScheme } from '@mantine/core';
import { LOCALES } from '@spilno/schema/values';
import { IconCheck, IconChevronDown, IconLogout, IconMoon, IconSun, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser, useSessionActions } from '../features/auth/session.ts';
import { useUpdateProfile } from '../features/profile/preferences.ts';
import { currentLanguage, LANGUAGE_NAMES } from '../lib/i18n.ts';
import { notifyError } from '../lib/problems.ts';

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const session = useSessionActions();
  const profile = useUpdateProfile();
  const scheme = useComputedColorScheme('light');
  const lng = currentLanguage();

  const signOut = async () => {
    await session.signOut().catch((error: unknown) => notifyError(error, t));
    navigate('/sign-in', { replace: true });
  };
  const save = (patch: Parameters<typeof profile.mutate>[0]) => profile.mutate(patch, { onError: (e) => notifyError(e, t) });

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.accountMenu')}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={32}>
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
              {user.name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {user.name}
          </Text>
          <Text size="xs" truncate>
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUser size={16} />}>
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item
          leftSection={scheme === 'dark' ? <IconSun size={16} /> : <IconMoon size={16} />}
          onClick={() => save({ theme: scheme === 'dark' ? 'light' : 'dark' })}
        >
          {scheme === 'dark' ? t('nav.lightTheme') : t('nav.darkTheme')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('common.language')}</Menu.Label>
        {LOCALES.map((l) => (
          <Menu.Item
            key={l}
            lang={l}
            rightSection={l === lng ? <IconCheck size={16} /> : null}
            onClick={() => save({ locale: l })}
          >
            {LANGUAGE_NAMES[l]}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={signOut}>
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
