import { Input, SegmentedControl, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { Settings } from '@spilno/schema';
import { DOCUMENT_TEMPLATES } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { bindText } from '../../lib/form.ts';
import { LogoInput } from './LogoInput.tsx';
import type { SettingsForm } from './settingsForm.ts';

/** How quotes, invoices and orders look and are numbered. */
export function DocumentSettingsFields({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const format = (key: 'quoteNumberFormat' | 'invoiceNumberFormat' | 'orderNumberFormat') => (
    <TextInput label={t(`companySettings.${key}`)} maxLength={40} {...bindText(form, key)} />
  );
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('companySettings.documents')}
      </Title>
      <LogoInput value={form.values.companyLogo} error={form.errors.companyLogo} onChange={(v) => form.set('companyLogo', v)} />
      <Input.Wrapper label={t('companySettings.template')} error={form.errors.documentTemplate}>
        <SegmentedControl
          display="flex"
          mt={4}
          data={DOCUMENT_TEMPLATES.map((value) => ({ value, label: t(`companySettings.templates.${value}`) }))}
          value={form.values.documentTemplate}
          onChange={(v) => form.set('documentTemplate', v as Settings['documentTemplate'])}
        />
      </Input.Wrapper>
      <Textarea
        label={t('companySettings.footer')}
        description={t('companySettings.footerHint')}
        autosize
        minRows={2}
        maxLength={1000}
        {...bindText(form, 'documentFooter')}
      />
      <Input.Description>{t('companySettings.numberFormatHint')}</Input.Description>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {format('quoteNumberFormat')}
        {format('invoiceNumberFormat')}
        {format('orderNumberFormat')}
      </SimpleGrid>
    </Stack>
  );
}
