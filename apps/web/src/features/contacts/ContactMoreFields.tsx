import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { CONTACT_SOURCES, LOCALES, PREFERRED_CHANNELS } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { ADDRESS_PARTS } from '../../lib/address.ts';
import { LANGUAGE_NAMES } from '../../lib/i18n.ts';
import type { FormProps } from './ContactFormFields.tsx';

/** Birthday, source, address, preferences and consent: the less everyday part of the form. */
export function ContactMoreFields({ values: v, errors, set }: FormProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t('contacts.fields.birthday')}
          value={v.birthday}
          onChange={(e) => set('birthday', e.currentTarget.value)}
          error={errors.birthday}
        />
        <Select
          label={t('contacts.fields.source')}
          data={CONTACT_SOURCES.map((s) => ({ value: s, label: t(`contacts.sources.${s}`) }))}
          value={v.source}
          onChange={(s) => set('source', s)}
          clearable
          error={errors.source}
        />
      </SimpleGrid>
      <Fieldset legend={t('contacts.fields.address')} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {ADDRESS_PARTS.map((part) => (
            <TextInput
              key={part}
              label={t(`contacts.address.${part}`)}
              value={v.address[part]}
              onChange={(e) => set('address', { ...v.address, [part]: e.currentTarget.value })}
              error={errors[`address.${part}`]}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('contacts.fields.preferences')} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('contacts.preferences.channel')}
            data={PREFERRED_CHANNELS.map((c) => ({ value: c, label: t(`contacts.preferredChannels.${c}`) }))}
            value={v.channel}
            onChange={(c) => set('channel', c)}
            clearable
          />
          <Select
            label={t('contacts.preferences.language')}
            data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={v.language}
            onChange={(l) => set('language', l)}
            clearable
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={t('contacts.preferences.notes')}
          autosize
          minRows={2}
          value={v.preferenceNotes}
          onChange={(e) => set('preferenceNotes', e.currentTarget.value)}
        />
      </Fieldset>
      <Stack gap="xs">
        <Checkbox
          label={t('contacts.emailConsent')}
          checked={v.emailConsent}
          onChange={(e) => set('emailConsent', e.currentTarget.checked)}
        />
        <Checkbox
          label={t('contacts.smsConsent')}
          checked={v.smsConsent}
          onChange={(e) => set('smsConsent', e.currentTarget.checked)}
        />
      </Stack>
    </Stack>
  );
}
