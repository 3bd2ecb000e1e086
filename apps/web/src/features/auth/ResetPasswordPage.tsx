import { Alert, Anchor, Button, Stack, Title } from '@mantine/core';
import { password as passwordSchema } from '@spilno/schema';
import { PASSWORD_MIN } from '@spilno/schema/values';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { PasswordField } from '../../components/PasswordField.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ApiError, api } from '../../lib/api.ts';
import { bindText, useFormState, validate } from '../../lib/form.ts';
import { handleFormError } from '../../lib/problems.ts';

const newPassword = z.object({ password: passwordSchema });

/** Opened from the emailed link `/reset-password?token=…`. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useFormState({ password: '', repeat: '' });
  const [linkProblem, setLinkProblem] = useState<string | null>(token.length < 20 ? t('auth.reset.badLink') : null);

  const confirm = useMutation({
    mutationFn: () => api('/auth/password-reset/confirm', { method: 'POST', body: { token, password: form.values.password } }),
    onError: (error) => {
      if (error instanceof ApiError && 'token' in error.fieldErrors()) return setLinkProblem(t('auth.reset.expiredLink'));
      form.setErrors(handleFormError(error, t, ['password']));
    },
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const errors = validate(newPassword, { password: form.values.password }, t) ?? {};
    if (!errors.password && form.values.repeat !== form.values.password) errors.repeat = t('validation.passwordsDiffer');
    if (Object.keys(errors).length) return form.setErrors(errors);
    confirm.mutate();
  };

  let body: React.ReactNode;
  if (confirm.isSuccess) {
    body = (
      <Alert color="teal" icon={<IconCircleCheck />} role="status">
        {t('auth.reset.done')}
      </Alert>
    );
  } else if (linkProblem) {
    body = (
      <>
        <Alert color="red" icon={<IconAlertCircle />} role="alert">
          {linkProblem}
        </Alert>
        <Button component={Link} to="/forgot-password" variant="light" fullWidth>
          {t('auth.reset.askAgain')}
        </Button>
      </>
    );
  } else {
    body = (
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordField
            label={t('fields.newPassword')}
            description={t('auth.passwordHint', { count: PASSWORD_MIN })}
            autoComplete="new-password"
            required
            {...bindText(form, 'password')}
          />
          <PasswordField label={t('fields.repeatPassword')} autoComplete="new-password" required {...bindText(form, 'repeat')} />
          <Button type="submit" fullWidth loading={confirm.isPending}>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <Stack>
      <Title order={2} ta="center">
        {t('auth.reset.title')}
      </Title>
      {body}
      <Anchor component={Link} to="/sign-in" size="sm" ta="center">
        {t('auth.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
