import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { passwordChange } from '@spilno/schema';
import { PASSWORD_MIN } from '@spilno/schema/values';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField.tsx';
import { api } from '../../lib/api.ts';
import { bindText, useFormState, validate } from '../../lib/form.ts';
import { handleFormError, notifySuccess } from '../../lib/problems.ts';
import { sessionsKey } from './SessionsList.tsx';

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };

export function PasswordForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useFormState(EMPTY);
  const change = useMutation({
    mutationFn: () =>
      api('/auth/password', {
        method: 'POST',
        body: { currentPassword: form.values.currentPassword, newPassword: form.values.newPassword },
      }),
    onSuccess: () => {
      form.reset(EMPTY);
      notifySuccess(t('profile.passwordChanged'));
      void client.invalidateQueries({ queryKey: sessionsKey });
    },
    onError: (error) => form.setErrors(handleFormError(error, t, ['currentPassword', 'newPassword'])),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const { repeat, ...body } = form.values;
    const errors = validate(passwordChange, body, t) ?? {};
    if (!errors.newPassword && repeat !== body.newPassword) errors.repeat = t('validation.passwordsDiffer');
    if (Object.keys(errors).length) return form.setErrors(errors);
    change.mutate();
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Title order={3} mb={4}>
        {t('profile.passwordTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('profile.passwordIntro')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack maw={480}>
          <PasswordField
            label={t('fields.currentPassword')}
            autoComplete="current-password"
            {...bindText(form, 'currentPassword')}
          />
          <PasswordField
            label={t('fields.newPassword')}
            description={t('auth.passwordHint', { count: PASSWORD_MIN })}
            autoComplete="new-password"
            {...bindText(form, 'newPassword')}
          />
          <PasswordField label={t('fields.repeatPassword')} autoComplete="new-password" {...bindText(form, 'repeat')} />
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t('profile.changePassword')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
