import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { NotificationPreferences } from '../notifications/NotificationPreferences.tsx';
import { PasswordForm } from './PasswordForm.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import { SessionsList } from './SessionsList.tsx';

export default function ProfilePage() {
  const { t } = useTranslation();
  return (
    <Stack maw={880}>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <ProfileForm />
      <PasswordForm />
      <NotificationPreferences />
      <SessionsList />
    </Stack>
  );
}
