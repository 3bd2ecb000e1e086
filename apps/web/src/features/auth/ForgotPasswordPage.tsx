import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { passwordResetRequest } from '@spilno/schema';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { api } from '../../lib/api.ts';
import { bindText, useFormState, validate } from '../../lib/form.ts';
import { handleFormError } from '../../lib/problems.ts';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgot.title'));
  const form = useFormState({ email: '' });
  const request = useMutation({
    mutationFn: () => api('/auth/password-reset/request', { method: 'POST', body: form.values }),
    onError: (error) => form.setErrors(handleFormError(error, t, ['email'])),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const errors = validate(passwordResetRequest, form.values, t);
    if (errors) return form.setErrors(errors);
    request.mutate();
  };

  return (
    <Stack>
      <Title order={2} ta="center">
        {t('auth.forgot.title')}
      </Title>
      {request.isSuccess ? (
        <Alert color="teal" icon={<IconMailCheck />} role="status">
          {t('auth.forgot.sent', { email: form.values.email })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('auth.forgot.intro')}
            </Text>
            <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...bindText(form, 'email')} />
            <Button type="submit" fullWidth loading={request.isPending}>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm" ta="center">
        {t('auth.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
