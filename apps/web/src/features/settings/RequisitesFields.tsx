import { SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bindText } from '../../lib/form.ts';
import type { SettingsForm } from './settingsForm.ts';

/** The company's legal details, printed on every quote and invoice. */
export function RequisitesFields({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('companySettings.requisites')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('companySettings.legalName')} maxLength={200} {...bindText(form, 'legalName')} />
        <TextInput
          label={t('companySettings.taxId')}
          description={t('companySettings.taxIdHint')}
          maxLength={40}
          {...bindText(form, 'taxId')}
        />
      </SimpleGrid>
      <Textarea label={t('companySettings.address')} autosize minRows={2} maxLength={500} {...bindText(form, 'companyAddress')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('companySettings.iban')} maxLength={40} {...bindText(form, 'iban')} />
        <TextInput label={t('companySettings.bankName')} maxLength={200} {...bindText(form, 'bankName')} />
        <TextInput label={t('companySettings.phone')} type="tel" maxLength={40} {...bindText(form, 'companyPhone')} />
        <TextInput label={t('companySettings.email')} type="email" maxLength={254} {...bindText(form, 'companyEmail')} />
      </SimpleGrid>
    </Stack>
  );
}
