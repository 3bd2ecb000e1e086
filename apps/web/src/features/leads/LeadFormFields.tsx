import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import { useSalesAccess } from '../sales/access.ts';
import { UserSelect } from '../users/UserSelect.tsx';
import type { LeadFormValues } from './leadForm.ts';
import { ratingOptions, sourceOptions, statusOptions } from './options.ts';

type Props = {
  values: LeadFormValues;
  errors: FieldErrors;
  set: <K extends keyof LeadFormValues>(key: K, value: LeadFormValues[K]) => void;
  /** Status is chosen on edit; a new lead starts as New. */
  withStatus: boolean;
};

export function LeadFormFields({ values: v, errors, set, withStatus }: Props) {
  const { t } = useTranslation();
  const { seesAll } = useSalesAccess();
  const text = (key: keyof LeadFormValues) => ({
    value: v[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    error: errors[key],
  });
  const select = (key: keyof LeadFormValues) => ({
    value: v[key] || null,
    onChange: (value: string | null) => set(key, value ?? ''),
    error: errors[key],
    clearable: true,
    clearButtonProps: { 'aria-label': t('common.clearField') },
  });
  return (
    <Stack>
      <TextInput label={t('leads.fields.name')} required data-autofocus {...text('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('leads.fields.phone')} type="tel" {...text('phone')} />
        <TextInput label={t('leads.fields.email')} type="email" {...text('email')} />
      </SimpleGrid>
      <TextInput label={t('leads.fields.companyName')} {...text('companyName')} />
      <TextInput label={t('leads.fields.interest')} description={t('leads.interestHint')} {...text('interest')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('leads.fields.source')} data={sourceOptions(t)} {...select('source')} />
        <Select label={t('leads.fields.rating')} data={ratingOptions(t)} {...select('rating')} />
        <TextInput label={t('leads.fields.nextActionAt')} type="datetime-local" {...text('nextActionAt')} />
        {withStatus && (
          <Select
            label={t('leads.fields.status')}
            data={statusOptions(t, ['new', 'in_progress', 'recycled', 'dead'])}
            {...select('status')}
            clearable={false}
            allowDeselect={false}
          />
        )}
      </SimpleGrid>
      {seesAll('leads') && (
        <UserSelect
          label={t('leads.fields.owner')}
          placeholder={t('leads.nobody')}
          value={v.ownerId || null}
          onChange={(id) => set('ownerId', id ?? '')}
          error={errors.ownerId}
        />
      )}
      <Textarea label={t('leads.fields.notes')} autosize minRows={2} maxRows={8} {...text('notes')} />
    </Stack>
  );
}
