import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { CustomFieldsEditor } from '../custom-fields/CustomFieldsEditor.tsx';
import { CompanySettingsForm } from './CompanySettingsForm.tsx';
import { useSettings } from './settings.api.ts';

/** The company profile and defaults, and the extra fields of contacts and companies. */
export default function CompanySettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Stack maw={900}>
      <PageHeader title={t('settings.sections.company')} description={t('companySettings.description')} />
      <Paper withBorder p="md">
        {settings.data ? <CompanySettingsForm key={JSON.stringify(settings.data)} settings={settings.data} /> : <PageLoader />}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t('customFields.title')}
        </Title>
        <Stack gap="lg">
          <CustomFieldsEditor entity="contact" />
          <CustomFieldsEditor entity="company" />
        </Stack>
      </Paper>
    </Stack>
  );
}
