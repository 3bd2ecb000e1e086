import { Button, Group, Stack } from '@mantine/core';
import type { Deal } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../components/AppModal.tsx';
import { useFormState } from '../../lib/form.ts';
import { handleFormError, notifySuccess } from '../../lib/problems.ts';
import { useCurrentUser } from '../auth/session.ts';
import { useSettings } from '../settings/settings.api.ts';
import { DealFormFields } from './DealFormFields.tsx';
import { createBody, DEAL_FORM_FIELDS, dealFormValues, updatePatch } from './dealForm.ts';
import { useCreateDeal, useUpdateDeal } from './deals.api.ts';
import { usePipelines } from './pipelines.api.ts';

/** A new deal (then its page opens, to add products) or the deal's edit form. */
export function DealFormModal({ deal, onClose }: { deal?: Deal; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const pipelines = usePipelines();
  const settings = useSettings();
  const create = useCreateDeal();
  const update = useUpdateDeal();
  const pipelineId = pipelines.data?.find((p) => p.isDefault)?.id ?? '';
  const form = useFormState(dealFormValues(deal, { pipelineId, currency: settings.data?.defaultCurrency ?? '', me: me.id }));
  const v = form.values;
  // The defaults arrive after the form opens when nothing was cached yet.
  const values = { ...v, pipelineId: v.pipelineId || pipelineId, currency: v.currency || settings.data?.defaultCurrency || '' };

  const failed = (error: unknown) => form.setErrors(handleFormError(error, t, DEAL_FORM_FIELDS));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!values.name.trim()) return form.setErrors({ name: t('validation.required') });
    const done = (saved: Deal) => {
      notifySuccess(t(deal ? 'deals.saved' : 'deals.created', { name: saved.name }));
      onClose();
      if (!deal) navigate(`/deals/${saved.id}`);
    };
    if (!deal) return create.mutate(createBody(values), { onSuccess: done, onError: failed });
    const patch = updatePatch(values, deal);
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate({ id: deal.id, patch }, { onSuccess: done, onError: failed });
  };

  return (
    <AppModal opened onClose={onClose} title={deal ? t('deals.editTitle') : t('deals.new')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <DealFormFields
            values={values}
            errors={form.errors}
            set={form.set}
            pipelines={deal ? undefined : (pipelines.data ?? [])}
            amountFromItems={Boolean(deal?.items?.length)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {deal ? t('common.save') : t('deals.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
