import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { problemMessage } from '../lib/problems.ts';

function Message({ title, body, action }: { title: string; body: string; action: React.ReactNode }) {
  return (
    <Center mih="60dvh" p="md">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Title order={2}>{title}</Title>
        <Text c="dimmed">{body}</Text>
        {action}
      </Stack>
    </Center>
  );
}

export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Message
      title={t('errors.title')}
      body={problemMessage(error, t)}
      action={<Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}

export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Message
      title={t('errors.notAllowedTitle')}
      body={t('errors.notAllowed')}
      action={
        <Button component={Link} to="/">
          {t('common.goHome')}
        </Button>
      }
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Message
      title={t('errors.notFoundTitle')}
      body={t('errors.notFound')}
      action={
        <Button component={Link} to="/">
          {t('common.goHome')}
        </Button>
      }
    />
  );
}

/** Shown by the router when a page throws while rendering or its code fails to load. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Message
      title={t('errors.title')}
      body={t('errors.unexpected')}
      action={<Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
    />
  );
}
