import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PasswordField } from '../../components/PasswordField.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ApiError } from '../../lib/api.ts';
import { bindText, type FieldErrors, looksLikeEmail, useFormState } from '../../lib/form.ts';
import { problemMessage } from '../../lib/problems.ts';
import { useSessionActions } from './session.ts';

export default function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signIn.title'));
  const session = useSessionActions();
  const form = useFormState({ email: '', password: '' });
  const [problem, setProblem] = useState<string | null>(null);

  const signIn = useMutation({
    mutationFn: () => session.signIn(form.values.email, form.values.password),
    // PublicOnly sees the user and moves on to the app.
    onSuccess: (user) => session.signedIn(user),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) return setProblem(t('auth.signIn.wrongCredentials'));
      if (error instanceof ApiError && error.status === 429 && error.retryAfter)
        return setProblem(t('auth.signIn.lockedOut', { count: Math.ceil(error.retryAfter / 60) }));
      if (error instanceof ApiError && error.status === 400) form.setErrors(error.fieldErrors());
      setProblem(problemMessage(error, t));
    },
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setProblem(null);
    // Checked by hand rather than with the zod schema, which would double this page's download.
    const { email, password } = form.values;
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('validation.required');
    else if (!looksLikeEmail(email)) errors.email = t('validation.email');
    if (!password) errors.password = t('validation.required');
    if (Object.keys(errors).length) return form.setErrors(errors);
    signIn.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} ta="center">
          {t('auth.signIn.title')}
        </Title>
        {problem && (
          <Alert color="red" icon={<IconAlertCircle />} role="alert">
            {problem}
          </Alert>
        )}
        <TextInput label={t('fields.email')} type="email" autoComplete="username" required {...bindText(form, 'email')} />
        <PasswordField label={t('fields.password')} autoComplete="current-password" required {...bindText(form, 'password')} />
        <Group justify="flex-end">
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.signIn.forgot')}
          </Anchor>
        </Group>
        <Button type="submit" fullWidth loading={signIn.isPending}>
          {t('auth.signIn.submit')}
        </Button>
        <Text size="sm" ta="center" c="dimmed">
          {t('auth.signIn.noAccount')}{' '}
          <Anchor component={Link} to="/sign-up">
            {t('auth.signIn.requestAccess')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
