import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryGate } from '../sales/QueryGate.tsx';
import { useFollowUpRules } from './follow-ups.api.ts';
import { RuleCard } from './RuleCard.tsx';

/** Admins switch on the rules that create tasks by themselves, so no customer is forgotten. */
export default function FollowUpsPage() {
  const { t } = useTranslation();
  const rules = useFollowUpRules();
  return (
    <>
      <PageHeader title={t('followUps.title')} description={t('followUps.description')} />
      <QueryGate query={rules}>
        {(list) => (
          <Stack gap="sm" maw={860}>
            {list.map((rule) => (
              <RuleCard key={rule.kind} rule={rule} />
            ))}
          </Stack>
        )}
      </QueryGate>
    </>
  );
}
