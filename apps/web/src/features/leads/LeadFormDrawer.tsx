import { Button, Drawer, Group, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Lead } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useFormState } from '../../lib/form.ts';
import { handleFormError, notifySuccess } from '../../lib/problems.ts';
import { useCurrentUser } from '../auth/session.ts';
import { LeadFormFields } from './LeadFormFields.tsx';
import { createBody, LEAD_FORM_FIELDS, leadFormValues, updatePatch } from './leadForm.ts';
import { useCreateLead, useUpdateLead } from './leads.api.ts';

/** The quick "New lead" form (the new card then shows on the board) and the lead's edit form; full screen on phones. */
export function LeadFormDrawer({ lead, onClose }: { lead?: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const phone = useMediaQuery('(max-width: 48em)');
  const create = useCreateLead();
  const update = useUpdateLead();
  const form = useFormState(leadFormValues(lead, me.id));

  const failed = (error: unknown) => form.setErrors(handleFormError(error, t, LEAD_FORM_FIELDS));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!form.values.name.trim()) return form.setErrors({ name: t('validation.required') });
    const done = (saved: Lead) => {
      notifySuccess(t(lead ? 'leads.saved' : 'leads.created', { name: saved.name }));
      onClose();
    };
    if (!lead) return create.mutate(createBody(form.values), { onSuccess: done, onError: failed });
    const patch = updatePatch(form.values, lead);
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate({ id: lead.id, patch }, { onSuccess: done, onError: failed });
  };

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={lead ? t('leads.editTitle') : t('leads.new')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <LeadFormFields values={form.values} errors={form.errors} set={form.set} withStatus={Boolean(lead)} />
          <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {lead ? t('common.save') : t('leads.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
