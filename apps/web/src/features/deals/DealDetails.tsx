import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { Deal, Pipeline } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailRow } from '../../components/DetailRow.tsx';
import { useFormat } from '../../lib/format.ts';
import { useMoney, weightedAmount } from '../sales/money.ts';
import { useUserNames } from '../users/useUserNames.ts';

export function DealDetails({ deal: d, pipeline }: { deal: Deal; pipeline: Pipeline | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { money } = useMoney();
  const owners = useUserNames();
  const stage = pipeline?.stages.find((s) => s.id === d.stageId);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="sm">
        {t('deals.details')}
      </Title>
      <Stack gap="xs">
        <DetailRow label={t('deals.fields.stage')} value={stage?.name ?? '—'} />
        <DetailRow label={t('deals.fields.amount')} value={money(d.amount, d.currency)} />
        <DetailRow label={t('deals.fields.probability')} value={`${d.probability}%`} />
        <DetailRow label={t('deals.weighted')} value={money(weightedAmount(d.amount, d.probability), d.currency)} />
        <DetailRow label={t('deals.fields.expectedCloseDate')} value={fmt.date(d.expectedCloseDate)} />
        <DetailRow
          label={t('deals.fields.contact')}
          value={
            d.contactId ? (
              <Anchor component={Link} to={`/contacts/${d.contactId}`}>
                {d.contactName}
              </Anchor>
            ) : (
              '—'
            )
          }
        />
        <DetailRow
          label={t('deals.fields.company')}
          value={
            d.companyId ? (
              <Anchor component={Link} to={`/companies/${d.companyId}`}>
                {d.companyName}
              </Anchor>
            ) : (
              '—'
            )
          }
        />
        <DetailRow label={t('deals.fields.owner')} value={(d.ownerId && owners.get(d.ownerId)) || '—'} />
        <DetailRow
          label={t('deals.fields.source')}
          value={d.source ? t(`leads.sources.${d.source}` as 'leads.sources.other', { defaultValue: d.source }) : '—'}
        />
        {d.closedAt && <DetailRow label={t('deals.closedAt')} value={fmt.dateTime(d.closedAt)} />}
      </Stack>
      {d.closeReason && (
        <>
          <Text size="sm" c="dimmed" mt="md">
            {t('deals.fields.closeReason')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {d.closeReason}
          </Text>
        </>
      )}
    </Paper>
  );
}
