import { Button, Divider, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Locale, Settings } from '@spilno/schema';
import { LOCALES } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { bindText, useFormState } from '../../lib/form.ts';
import { LANGUAGE_NAMES } from '../../lib/i18n.ts';
import { handleFormError, notifySuccess } from '../../lib/problems.ts';
import { DocumentSettingsFields } from './DocumentSettingsFields.tsx';
import { RequisitesFields } from './RequisitesFields.tsx';
import { useUpdateSettings } from './settings.api.ts';
import { FIELDS, toPatch } from './settingsForm.ts';

export function CompanySettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const form = useFormState({ ...settings });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    update.mutate(toPatch(form.values), {
      onSuccess: () => notifySuccess(t('companySettings.saved')),
      onError: (error) => form.setErrors(handleFormError(error, t, FIELDS)),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('companySettings.companyName')} {...bindText(form, 'companyName')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('companySettings.phoneRegion')}
            description={t('companySettings.phoneRegionHint')}
            maxLength={2}
            {...bindText(form, 'defaultPhoneRegion')}
          />
          <TextInput
            label={t('companySettings.currency')}
            description={t('companySettings.currencyHint')}
            maxLength={3}
            {...bindText(form, 'defaultCurrency')}
          />
          <Select
            label={t('companySettings.locale')}
            description={t('companySettings.localeHint')}
            data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={form.values.defaultLocale}
            onChange={(l) => l && form.set('defaultLocale', l as Locale)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Divider />
        <RequisitesFields form={form} />
        <Divider />
        <DocumentSettingsFields form={form} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
