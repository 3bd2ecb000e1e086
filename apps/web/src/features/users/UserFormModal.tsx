import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { type Role, type User, userCreate, userUpdate } from '@spilno/schema';
import { PASSWORD_MIN } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { PasswordField } from '../../components/PasswordField.tsx';
import { bindText, useFormState, validate } from '../../lib/form.ts';
import { handleFormError, notifySuccess } from '../../lib/problems.ts';
import { languageOptions, roleOptions, statusOptions } from './options.ts';
import { type UserStatus, useCreateUser, useUpdateUser } from './users.api.ts';

type Props = { opened: boolean; onClose: () => void; user?: User | undefined };
const FIELDS = ['name', 'email', 'password', 'role', 'locale', 'status'] as const;

/** Creates a user (active at once) or edits one; `user` given means edit. */
export function UserFormModal({ opened, onClose, user }: Props) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const update = useUpdateUser();
  const form = useFormState({
    name: user?.name ?? '',
    email: user?.email ?? '',
    password: '',
    role: (user?.role ?? 'manager') as Role,
    locale: user?.locale ?? 'en',
    status: (user?.status ?? 'active') as UserStatus,
  });
  const v = form.values;

  const done = (message: string) => {
    notifySuccess(message);
    onClose();
  };
  const failed = (error: unknown) => form.setErrors(handleFormError(error, t, FIELDS));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!user) {
      const body = { name: v.name, email: v.email, password: v.password, role: v.role, locale: v.locale };
      const errors = validate(userCreate, body, t);
      if (errors) return form.setErrors(errors);
      return create.mutate(body, { onSuccess: (u) => done(t('users.created', { name: u.name })), onError: failed });
    }
    const patch = Object.fromEntries(
      (['name', 'email', 'role', 'status'] as const).filter((k) => v[k] !== user[k]).map((k) => [k, v[k]]),
    );
    if (Object.keys(patch).length === 0) return onClose();
    const errors = validate(userUpdate, patch, t);
    if (errors) return form.setErrors(errors);
    update.mutate({ id: user.id, patch }, { onSuccess: (u) => done(t('users.saved', { name: u.name })), onError: failed });
  };

  return (
    <AppModal opened={opened} onClose={onClose} title={user ? t('users.editTitle') : t('users.createTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('fields.name')} required data-autofocus {...bindText(form, 'name')} />
          <TextInput label={t('fields.email')} type="email" required {...bindText(form, 'email')} />
          {!user && (
            <PasswordField
              label={t('fields.password')}
              description={t('users.passwordHint', { count: PASSWORD_MIN })}
              autoComplete="new-password"
              required
              {...bindText(form, 'password')}
            />
          )}
          <Select
            label={t('fields.role')}
            data={roleOptions(t)}
            value={v.role}
            onChange={(value) => value && form.set('role', value as Role)}
            error={form.errors.role}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          {user ? (
            <Select
              label={t('fields.status')}
              data={statusOptions(t)}
              value={v.status}
              onChange={(value) => value && form.set('status', value as UserStatus)}
              error={form.errors.status}
              allowDeselect={false}
            />
          ) : (
            <Select
              label={t('fields.language')}
              data={languageOptions()}
              value={v.locale}
              onChange={(value) => value && form.set('locale', value as typeof v.locale)}
              error={form.errors.locale}
              allowDeselect={false}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {user ? t('common.save') : t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
