import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { Lead } from '@spilno/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal.tsx';
import { handleFormError } from '../../lib/problems.ts';
import { usePipelines } from '../deals/pipelines.api.ts';
import { useSalesAccess } from '../sales/access.ts';
import { ConvertResult } from './ConvertResult.tsx';
import { type LeadConversion, useConvertLead } from './leads.api.ts';

/** Turns the lead into a contact (and company), optionally with a deal; then links to what was made. */
export function ConvertModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const { canCreate } = useSalesAccess();
  const pipelines = usePipelines();
  const convert = useConvertLead();
  const [createDeal, setCreateDeal] = useState(canCreate('deals'));
  const [dealName, setDealName] = useState(lead.interest ?? lead.name);
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<LeadConversion | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body = createDeal
      ? { createDeal, dealName: dealName.trim() || undefined, pipelineId: pipelineId ?? undefined }
      : { createDeal };
    convert.mutate(
      { id: lead.id, body },
      { onSuccess: setResult, onError: (error) => setErrors(handleFormError(error, t, ['dealName', 'pipelineId'])) },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t('leads.convertTitle', { name: lead.name })}>
      {result ? (
        <ConvertResult result={result} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">{t('leads.convertText')}</Text>
            {canCreate('deals') && (
              <Checkbox
                label={t('leads.createDeal')}
                checked={createDeal}
                onChange={(e) => setCreateDeal(e.currentTarget.checked)}
              />
            )}
            {createDeal && (
              <>
                <TextInput
                  label={t('leads.dealName')}
                  value={dealName}
                  onChange={(e) => setDealName(e.currentTarget.value)}
                  error={errors.dealName}
                />
                {(pipelines.data?.length ?? 0) > 1 && (
                  <Select
                    label={t('deals.pipeline')}
                    data={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                    value={pipelineId ?? pipelines.data?.find((p) => p.isDefault)?.id ?? null}
                    onChange={setPipelineId}
                    allowDeselect={false}
                    error={errors.pipelineId}
                  />
                )}
              </>
            )}
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={convert.isPending}>
                {t('leads.convert')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
