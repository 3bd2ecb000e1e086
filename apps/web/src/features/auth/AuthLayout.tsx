import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

/** The centered card around sign-in, sign-up, first-run and password pages. */
export function AuthLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="var(--mantine-color-body)">
      <Group justify="flex-end" p="sm">
        <LanguageSwitcher />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={420} gap="lg">
          <Stack gap={4} align="center">
            <Title order={1} c="indigo" fz={34}>
              Spilno
            </Title>
            <Text c="dimmed" size="sm" ta="center">
              {t('app.tagline')}
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="lg">
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
