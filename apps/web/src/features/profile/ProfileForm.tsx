import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { type Locale, profileUpdate } from '@spilno/schema';
import { LOCALES } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { bindText, useFormState, validate } from '../../lib/form.ts';
import { LANGUAGE_NAMES } from '../../lib/i18n.ts';
import { handleFormError, notifyError, notifySuccess } from '../../lib/problems.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useUpdateProfile } from './preferences.ts';

type Theme = 'light' | 'dark' | 'auto';

/** Name is saved with its button; language and theme apply and save the moment they change. */
export function ProfileForm() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const profile = useUpdateProfile();
  const form = useFormState({ name: user.name });

  const saveName = (e: React.FormEvent) => {
    e.preventDefault();
    const errors = validate(profileUpdate, form.values, t);
    if (errors) return form.setErrors(errors);
    profile.mutate(form.values, {
      onSuccess: () => notifySuccess(t('profile.saved')),
      onError: (error) => form.setErrors(handleFormError(error, t, ['name'])),
    });
  };
  const savePreference = (patch: { locale?: Locale; theme?: Theme }) =>
    profile.mutate(patch, { onSuccess: () => notifySuccess(t('profile.saved')), onError: (error) => notifyError(error, t) });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
      <Title order={3} mb="md">
        {t('profile.personal')}
      </Title>
      <Stack maw={480}>
        <form onSubmit={saveName} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput label={t('fields.name')} autoComplete="name" flex={1} miw={200} {...bindText(form, 'name')} />
            <Button type="submit" variant="light" disabled={form.values.name.trim() === user.name}>
              {t('common.save')}
            </Button>
          </Group>
        </form>
        <TextInput label={t('fields.email')} value={user.email} readOnly description={t('profile.emailHint')} />
        <Select
          label={t('fields.language')}
          data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={user.locale}
          onChange={(locale) => locale && savePreference({ locale: locale as Locale })}
          allowDeselect={false}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="theme-label">
            {t('fields.theme')}
          </Text>
          <SegmentedControl
            aria-labelledby="theme-label"
            value={user.theme}
            onChange={(theme) => savePreference({ theme: theme as Theme })}
            data={[
              { value: 'light', label: t('themes.light') },
              { value: 'dark', label: t('themes.dark') },
              { value: 'auto', label: t('themes.auto') },
            ]}
          />
        </Stack>
      </Stack>
    </Paper>
  );
}
