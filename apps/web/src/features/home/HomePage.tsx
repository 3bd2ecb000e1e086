import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { type Icon, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { modulesFor, sectionsFor, upcomingModulesFor } from '../../app/access.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useCurrentUser } from '../auth/session.ts';

/** Modules without sections get a card of their own; sections get theirs below. */
const MODULE_SHORTCUTS = ['leads', 'deals', 'orders', 'contacts', 'companies'] as const;
const hasShortcutText = (key: string): key is (typeof MODULE_SHORTCUTS)[number] =>
  (MODULE_SHORTCUTS as readonly string[]).includes(key);

type Shortcut = { key: string; to: string; icon: Icon; title: string; text: string };

/** What this user can do today, and which modules are on their way; no made-up figures. */
export default function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t('home.title'));

  const shortcuts: Shortcut[] = [
    { key: 'profile', to: '/profile', icon: IconUserCircle, title: t('nav.profile'), text: t('home.profileText') },
  ];
  for (const module of modulesFor(user.role)) {
    if (hasShortcutText(module.key)) {
      shortcuts.push({
        key: module.key,
        to: module.path,
        icon: module.icon,
        title: t(`modules.${module.key}`),
        text: t(`home.moduleText.${module.key}`),
      });
    }
    for (const s of sectionsFor(module, user.role)) {
      shortcuts.push({
        key: s.key,
        to: `${module.path}/${s.path}`,
        icon: s.icon,
        title: t(`settings.sections.${s.key}`),
        text: t(`home.sectionText.${s.key}`),
      });
    }
  }
  const upcoming = upcomingModulesFor(user.role);

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap={4}>
        <Title order={2}>{t('home.welcome', { name: user.name })}</Title>
        <Text c="dimmed">{t('home.signedInAs', { role: t(`roles.${user.role}`) })}</Text>
      </Stack>
      <Stack gap="sm">
        <Title order={3}>{t('home.availableTitle')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {shortcuts.map((s) => (
            <Card key={s.key} component={Link} to={s.to} withBorder padding="lg">
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size={40} radius="md">
                  <s.icon size={22} />
                </ThemeIcon>
                <Stack gap={2}>
                  <Text fw={600}>{s.title}</Text>
                  <Text size="sm" c="dimmed">
                    {s.text}
                  </Text>
                </Stack>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
      {upcoming.length > 0 && (
        <Stack gap="sm">
          <Title order={3}>{t('home.upcomingTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('home.upcomingText')}
          </Text>
          <Group gap="xs">
            {upcoming.map((m) => (
              <Badge key={m.key} variant="default" size="lg" tt="none" fw={500} leftSection={<m.icon size={14} />}>
                {t(`modules.${m.key}`)}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
