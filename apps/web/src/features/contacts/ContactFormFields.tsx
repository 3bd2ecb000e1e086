import { SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChannelsInput } from '../../components/ChannelsInput.tsx';
import type { FieldErrors } from '../../lib/form.ts';
import { CompanySelect } from '../companies/CompanySelect.tsx';
import { UserSelect } from '../users/UserSelect.tsx';
import type { ContactFormValues } from './contactForm.ts';

export type FormProps = {
  values: ContactFormValues;
  errors: FieldErrors;
  set: <K extends keyof ContactFormValues>(key: K, value: ContactFormValues[K]) => void;
};

/** Who the contact is and how to reach them. */
export function ContactFormFields({ values: v, errors, set }: FormProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('contacts.fields.firstName')}
          value={v.firstName}
          onChange={(e) => set('firstName', e.currentTarget.value)}
          error={errors.firstName}
          data-autofocus
        />
        <TextInput
          label={t('contacts.fields.lastName')}
          value={v.lastName}
          onChange={(e) => set('lastName', e.currentTarget.value)}
          error={errors.lastName}
        />
      </SimpleGrid>
      <ChannelsInput
        kind="phones"
        label={t('contacts.fields.phones')}
        value={v.phones}
        onChange={(p) => set('phones', p)}
        errors={errors}
      />
      <ChannelsInput
        kind="emails"
        label={t('contacts.fields.emails')}
        value={v.emails}
        onChange={(e) => set('emails', e)}
        errors={errors}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CompanySelect
          label={t('contacts.fields.company')}
          value={v.companyId}
          onChange={(id) => set('companyId', id)}
          error={errors.companyId}
        />
        <TextInput
          label={t('contacts.fields.position')}
          value={v.position}
          onChange={(e) => set('position', e.currentTarget.value)}
          error={errors.position}
        />
        <TagsInput
          label={t('contacts.fields.tags')}
          description={t('contacts.tagsHint')}
          value={v.tags}
          onChange={(tags) => set('tags', [...new Set(tags.map((x) => x.trim().toLowerCase()).filter(Boolean))])}
          error={errors.tags}
          clearable
        />
        <UserSelect
          label={t('contacts.fields.owner')}
          placeholder={t('contacts.noOwner')}
          value={v.ownerId}
          onChange={(id) => set('ownerId', id)}
          error={errors.ownerId}
        />
      </SimpleGrid>
    </Stack>
  );
}
