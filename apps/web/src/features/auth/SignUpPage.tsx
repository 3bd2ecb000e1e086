import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { PendingNotice } from './PendingNotice.tsx';
import { RegisterForm } from './RegisterForm.tsx';
import { useSessionActions } from './session.ts';

export default function SignUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signUp.title'));
  const session = useSessionActions();
  const [waiting, setWaiting] = useState(false);

  if (waiting) return <PendingNotice />;

  return (
    <Stack>
      <Title order={2} ta="center">
        {t('auth.signUp.title')}
      </Title>
      <Text size="sm" c="dimmed" ta="center">
        {t('auth.signUp.intro')}
      </Text>
      <RegisterForm
        submitLabel={t('auth.signUp.submit')}
        onRegistered={({ user, token }) => (token && user.status === 'active' ? session.signedIn(user) : setWaiting(true))}
      />
      <Text size="sm" ta="center" c="dimmed">
        {t('auth.signUp.haveAccount')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('auth.signIn.submit')}
        </Anchor>
      </Text>
    </Stack>
  );
}
