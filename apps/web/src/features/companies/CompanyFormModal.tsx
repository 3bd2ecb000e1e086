import { Button, Group, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import type { Company } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../components/AppModal.tsx';
import { ChannelsInput } from '../../components/ChannelsInput.tsx';
import { ADDRESS_PARTS } from '../../lib/address.ts';
import { useFormState } from '../../lib/form.ts';
import { fieldErrorsOrNotify, notifySuccess } from '../../lib/problems.ts';
import { useCurrentUser } from '../auth/session.ts';
import { CustomFieldInputs } from '../custom-fields/CustomFieldInputs.tsx';
import { useCustomFields } from '../custom-fields/custom-fields.api.ts';
import { UserSelect } from '../users/UserSelect.tsx';
import { useCreateCompany, useUpdateCompany } from './companies.api.ts';
import { companyValues, toCompanyBody } from './companyForm.ts';
import { industryOptions, typeOptions } from './options.ts';

/** Creates a company (then opens it) or edits one. */
export function CompanyFormModal({ company: c, onClose }: { company?: Company; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const fields = useCustomFields('company');
  const create = useCreateCompany();
  const update = useUpdateCompany();
  const form = useFormState(companyValues(c, me.id));
  const v = form.values;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!v.name.trim()) return form.setErrors({ name: t('validation.required') });
    const body = toCompanyBody(v);
    const done = (saved: Company) => {
      notifySuccess(t(c ? 'companies.saved' : 'companies.created', { name: saved.name }));
      onClose();
      if (!c) navigate(`/companies/${saved.id}`);
    };
    const onError = (error: unknown) => form.setErrors(fieldErrorsOrNotify(error, t));
    if (c) update.mutate({ id: c.id, patch: body }, { onSuccess: done, onError });
    else create.mutate(body, { onSuccess: done, onError });
  };

  return (
    <AppModal opened onClose={onClose} title={c ? t('companies.editTitle') : t('companies.newTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('companies.fields.name')}
            value={v.name}
            onChange={(e) => form.set('name', e.currentTarget.value)}
            error={form.errors.name}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('companies.fields.type')}
              data={typeOptions(t)}
              value={v.type}
              onChange={(x) => form.set('type', x as Company['type'])}
              clearable
            />
            <Select
              label={t('companies.fields.industry')}
              data={industryOptions(t)}
              value={v.industry}
              onChange={(x) => form.set('industry', x as Company['industry'])}
              clearable
              searchable
            />
            <TextInput
              label={t('companies.fields.website')}
              value={v.website}
              onChange={(e) => form.set('website', e.currentTarget.value)}
              error={form.errors.website}
            />
            <UserSelect
              label={t('contacts.fields.owner')}
              placeholder={t('contacts.noOwner')}
              value={v.ownerId}
              onChange={(id) => form.set('ownerId', id)}
            />
          </SimpleGrid>
          <ChannelsInput
            kind="phones"
            label={t('contacts.fields.phones')}
            value={v.phones}
            onChange={(p) => form.set('phones', p)}
            errors={form.errors}
          />
          <ChannelsInput
            kind="emails"
            label={t('contacts.fields.emails')}
            value={v.emails}
            onChange={(x) => form.set('emails', x)}
            errors={form.errors}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {ADDRESS_PARTS.map((part) => (
              <TextInput
                key={part}
                label={t(`contacts.address.${part}`)}
                value={v.address[part]}
                onChange={(e) => form.set('address', { ...v.address, [part]: e.currentTarget.value })}
              />
            ))}
          </SimpleGrid>
          <TagsInput
            label={t('contacts.fields.tags')}
            value={v.tags}
            onChange={(tags) =>
              form.set(
                'tags',
                tags.map((x) => x.trim().toLowerCase()),
              )
            }
            clearable
          />
          {fields.data && fields.data.length > 0 && (
            <CustomFieldInputs
              fields={fields.data}
              value={v.customFields}
              onChange={(x) => form.set('customFields', x)}
              errors={form.errors}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {c ? t('common.save') : t('companies.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
