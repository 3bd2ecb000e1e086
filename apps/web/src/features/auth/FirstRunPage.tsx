import { Stack, Text, Title } from '@mantine/core';
import type { User } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { api } from '../../lib/api.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { PendingNotice } from './PendingNotice.tsx';
import { type Registered, RegisterForm } from './RegisterForm.tsx';
import { useSessionActions } from './session.ts';

/** Shown while the installation has no account: whoever fills it in becomes the administrator. */
export default function FirstRunPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.firstRun.title'));
  const session = useSessionActions();
  const [waiting, setWaiting] = useState(false);

  const onRegistered = async ({ user, token }: Registered) => {
    // Someone else finished the set-up first: this account waits like any later sign-up.
    if (!token || user.status !== 'active') return setWaiting(true);
    // Keep the language the administrator chose on this page rather than the server's default.
    const lng = currentLanguage();
    const saved = user.locale === lng ? user : await api<User>('/auth/me', { method: 'PATCH', body: { locale: lng } });
    session.signedIn(saved);
  };

  if (waiting) return <PendingNotice />;

  return (
    <Stack>
      <Title order={2} ta="center">
        {t('auth.firstRun.title')}
      </Title>
      <Text size="sm" c="dimmed" ta="center">
        {t('auth.firstRun.intro')}
      </Text>
      <RegisterForm submitLabel={t('auth.firstRun.submit')} onRegistered={onRegistered} />
    </Stack>
  );
}
