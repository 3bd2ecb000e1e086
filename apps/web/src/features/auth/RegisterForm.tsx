import { Button, Stack, TextInput } from '@mantine/core';
import { registerBody, type User } from '@spilno/schema';
import { PASSWORD_MIN } from '@spilno/schema/values';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField.tsx';
import { api } from '../../lib/api.ts';
import { bindText, useFormState, validate } from '../../lib/form.ts';
import { handleFormError } from '../../lib/problems.ts';

export type Registered = { user: User; token?: string };
const FIELDS = ['name', 'email', 'password'] as const;

/** Name, email, password twice: shared by the first-run page and sign-up. */
export function RegisterForm({ submitLabel, onRegistered }: { submitLabel: string; onRegistered: (r: Registered) => unknown }) {
  const { t } = useTranslation();
  const form = useFormState({ name: '', email: '', password: '', repeat: '' });

  const register = useMutation({
    mutationFn: async () => {
      const { name, email, password } = form.values;
      const registered = await api<Registered>('/auth/register', { method: 'POST', body: { name, email, password } });
      await onRegistered(registered);
    },
    onError: (error) => form.setErrors(handleFormError(error, t, FIELDS)),
  });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const { repeat, ...body } = form.values;
    const errors = validate(registerBody, body, t) ?? {};
    if (!errors.password && repeat !== body.password) errors.repeat = t('validation.passwordsDiffer');
    if (Object.keys(errors).length) return form.setErrors(errors);
    register.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('fields.name')} autoComplete="name" required {...bindText(form, 'name')} />
        <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...bindText(form, 'email')} />
        <PasswordField
          label={t('fields.password')}
          description={t('auth.passwordHint', { count: PASSWORD_MIN })}
          autoComplete="new-password"
          required
          {...bindText(form, 'password')}
        />
        <PasswordField label={t('fields.repeatPassword')} autoComplete="new-password" required {...bindText(form, 'repeat')} />
        <Button type="submit" fullWidth loading={register.isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
