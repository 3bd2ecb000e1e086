import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Pipeline } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import { CompanySelect } from '../companies/CompanySelect.tsx';
import { useSalesAccess } from '../sales/access.ts';
import { UserSelect } from '../users/UserSelect.tsx';
import { ContactSelect } from './ContactSelect.tsx';
import type { DealFormValues } from './dealForm.ts';

type Props = {
  values: DealFormValues;
  errors: FieldErrors;
  set: <K extends keyof DealFormValues>(key: K, value: DealFormValues[K]) => void;
  /** A new deal picks its pipeline and stage; an existing one moves on the board or its stepper. */
  pipelines?: Pipeline[];
  /** Line items decide the amount. */
  amountFromItems?: boolean;
};

export function DealFormFields({ values: v, errors, set, pipelines, amountFromItems }: Props) {
  const { t } = useTranslation();
  const { seesAll } = useSalesAccess();
  const text = (key: keyof DealFormValues) => ({
    value: v[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
    error: errors[key],
  });
  const pipeline = pipelines?.find((p) => p.id === v.pipelineId);
  return (
    <Stack>
      <TextInput label={t('deals.fields.name')} required data-autofocus {...text('name')} />
      {pipelines && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('deals.pipeline')}
            data={pipelines.map((p) => ({ value: p.id, label: p.name }))}
            value={v.pipelineId}
            onChange={(id) => {
              set('pipelineId', id ?? '');
              set('stageId', '');
            }}
            allowDeselect={false}
            error={errors.pipelineId}
          />
          <Select
            label={t('deals.fields.stage')}
            data={(pipeline?.stages ?? []).filter((s) => s.kind === 'open').map((s) => ({ value: s.id, label: s.name }))}
            value={v.stageId || pipeline?.stages[0]?.id || null}
            onChange={(id) => set('stageId', id ?? '')}
            allowDeselect={false}
            error={errors.stageId}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3 }}>
        <TextInput
          label={t('deals.fields.amount')}
          inputMode="decimal"
          disabled={amountFromItems}
          description={amountFromItems ? t('deals.amountFromItems') : undefined}
          {...text('amount')}
        />
        <TextInput label={t('deals.fields.currency')} maxLength={3} {...text('currency')} />
        {!pipelines && (
          <NumberInput
            label={t('deals.fields.probability')}
            min={0}
            max={100}
            suffix="%"
            value={v.probability}
            onChange={(n) => set('probability', String(n))}
            error={errors.probability}
          />
        )}
      </SimpleGrid>
      <TextInput label={t('deals.fields.expectedCloseDate')} type="date" {...text('expectedCloseDate')} />
      <ContactSelect
        label={t('deals.fields.contact')}
        value={v.contactId || null}
        onChange={(id) => set('contactId', id ?? '')}
      />
      <CompanySelect
        label={t('deals.fields.company')}
        value={v.companyId || null}
        onChange={(id) => set('companyId', id ?? '')}
      />
      {seesAll('deals') && (
        <UserSelect
          label={t('deals.fields.owner')}
          placeholder={t('leads.nobody')}
          value={v.ownerId || null}
          onChange={(id) => set('ownerId', id ?? '')}
          error={errors.ownerId}
        />
      )}
    </Stack>
  );
}
