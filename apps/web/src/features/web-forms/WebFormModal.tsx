import { Button, Group, Input, SegmentedControl, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { ApiError } from '../../lib/api.ts';
import { bindText, useFormState } from '../../lib/form.ts';
import { notifyError, notifySuccess } from '../../lib/problems.ts';
import { AssigneeFields } from './AssigneeFields.tsx';
import { OriginsInput } from './OriginsInput.tsx';
import { SourceSelect } from './SourceSelect.tsx';
import { useCreateWebForm, useUpdateWebForm, type WebForm } from './web-forms.api.ts';
import { byFormField, createBody, updatePatch, webFormValues } from './webFormForm.ts';

/** Creates a web-to-lead form or edits one: who may post it, who gets its leads, what visitors see. */
export function WebFormModal({ form: existing, onClose }: { form?: WebForm; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateWebForm();
  const update = useUpdateWebForm();
  const form = useFormState(webFormValues(existing, t('webForms.defaultSuccess')));
  const v = form.values;

  const failed = (error: unknown) => {
    const shown = byFormField(error instanceof ApiError ? error.fieldErrors() : {});
    if (Object.keys(shown).length === 0) notifyError(error, t);
    form.setErrors(shown);
  };
  const done = (f: WebForm) => {
    notifySuccess(t(existing ? 'webForms.saved' : 'webForms.created', { name: f.name }));
    onClose();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!v.name.trim()) errors.name = t('validation.required');
    if (!v.successMessage.trim()) errors.successMessage = t('validation.required');
    if (v.assigneeIds.length === 0) errors.assigneeIds = t('webForms.assigneesRequired');
    if (Object.keys(errors).length) return form.setErrors(errors);
    if (!existing) return create.mutate(createBody(v), { onSuccess: done, onError: failed });
    const patch = updatePatch(v, existing);
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate({ id: existing.id, patch }, { onSuccess: done, onError: failed });
  };

  return (
    <AppModal opened onClose={onClose} title={existing ? t('webForms.editTitle') : t('webForms.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('webForms.fields.name')} required data-autofocus {...bindText(form, 'name')} />
          <Switch
            label={t('webForms.activeHint')}
            checked={v.active}
            onChange={(e) => form.set('active', e.currentTarget.checked)}
          />
          <OriginsInput
            value={v.allowedOrigins}
            onChange={(x) => form.set('allowedOrigins', x)}
            error={form.errors.allowedOrigins}
          />
          <Stack gap={6}>
            <Input.Label id="web-form-assign-mode">{t('webForms.fields.assignMode')}</Input.Label>
            <SegmentedControl
              aria-labelledby="web-form-assign-mode"
              value={v.assignMode}
              onChange={(mode) => form.set('assignMode', mode as WebForm['assignMode'])}
              data={[
                { value: 'round_robin', label: t('webForms.assignModes.round_robin') },
                { value: 'user', label: t('webForms.assignModes.user') },
              ]}
            />
            <AssigneeFields
              mode={v.assignMode}
              value={v.assigneeIds}
              onChange={(ids) => form.set('assigneeIds', ids)}
              error={form.errors.assigneeIds}
            />
          </Stack>
          <SourceSelect value={v.source} onChange={(s) => form.set('source', s)} />
          <Textarea
            label={t('webForms.fields.successMessage')}
            description={t('webForms.successHint')}
            required
            autosize
            minRows={2}
            {...bindText(form, 'successMessage')}
          />
          <TextInput
            label={t('webForms.fields.redirectUrl')}
            description={t('webForms.redirectHint')}
            placeholder="https://shop.example.com/thanks"
            type="url"
            {...bindText(form, 'redirectUrl')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {existing ? t('common.save') : t('webForms.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
