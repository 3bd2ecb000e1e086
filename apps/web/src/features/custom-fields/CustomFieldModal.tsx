import { Button, Group, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import type { CustomField } from '@spilno/schema';
import { CUSTOM_FIELD_TYPES } from '@spilno/schema/values';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { bindText, useFormState } from '../../lib/form.ts';
import { handleFormError, notifySuccess } from '../../lib/problems.ts';
import { useSaveCustomField } from './custom-fields.api.ts';

type Props = { entity: CustomField['entity']; field: CustomField | undefined; onClose: () => void };
const FIELDS = ['key', 'label', 'type', 'options'] as const;

/** Defines a field; its key and type are fixed once created, since stored values depend on them. */
export function CustomFieldModal({ entity, field, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveCustomField();
  const form = useFormState({
    label: field?.label ?? '',
    key: field?.key ?? '',
    type: (field?.type ?? 'text') as CustomField['type'],
    options: field?.options ?? [],
  });
  const v = form.values;
  const keyFrom = (label: string) =>
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 60);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!v.label.trim()) return form.setErrors({ label: t('validation.required') });
    if (!/^[a-z][a-z0-9_]{0,59}$/.test(v.key)) return form.setErrors({ key: t('customFields.keyHint') });
    if (v.type === 'select' && v.options.length === 0) return form.setErrors({ options: t('customFields.optionsRequired') });
    save.mutate(
      {
        id: field?.id,
        draft: { entity, key: v.key, label: v.label.trim(), type: v.type, options: v.type === 'select' ? v.options : [] },
      },
      {
        onSuccess: (f) => {
          notifySuccess(t('customFields.saved', { name: f.label }));
          onClose();
        },
        onError: (error) => form.setErrors(handleFormError(error, t, FIELDS)),
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={field ? t('customFields.editTitle') : t('customFields.newTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('customFields.label')}
            data-autofocus
            {...bindText(form, 'label')}
            onChange={(e) => {
              const label = e.currentTarget.value;
              form.set('label', label);
              if (!field && (v.key === '' || v.key === keyFrom(v.label))) form.set('key', keyFrom(label));
            }}
          />
          <TextInput
            label={t('customFields.key')}
            description={t('customFields.keyHint')}
            disabled={Boolean(field)}
            {...bindText(form, 'key')}
          />
          <Select
            label={t('customFields.type')}
            data={CUSTOM_FIELD_TYPES.map((x) => ({ value: x, label: t(`customFields.types.${x}`) }))}
            value={v.type}
            onChange={(x) => x && form.set('type', x as CustomField['type'])}
            allowDeselect={false}
            disabled={Boolean(field)}
          />
          {v.type === 'select' && (
            <TagsInput
              label={t('customFields.options')}
              description={t('customFields.optionsHint')}
              value={v.options}
              onChange={(o) => form.set('options', o)}
              error={form.errors.options}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
