import { Alert, Button, Stack, Title } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** After a sign-up that an administrator still has to approve. */
export function PendingNotice() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2} ta="center">
        {t('auth.signUp.doneTitle')}
      </Title>
      <Alert color="yellow" icon={<IconHourglass />} role="status">
        {t('auth.signUp.pending')}
      </Alert>
      <Button component={Link} to="/sign-in" variant="light" fullWidth>
        {t('auth.backToSignIn')}
      </Button>
    </Stack>
  );
}
