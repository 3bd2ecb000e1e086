import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { Lead } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { DetailRow } from '../../components/DetailRow.tsx';
import { useFormat } from '../../lib/format.ts';
import { useUserNames } from '../users/useUserNames.ts';

export function LeadDetails({ lead: l }: { lead: Lead }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const owners = useUserNames();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h4" mb="sm">
        {t('leads.details')}
      </Title>
      <Stack gap="xs">
        <DetailRow label={t('leads.fields.phone')} value={l.phone ? <Anchor href={`tel:${l.phone}`}>{l.phone}</Anchor> : '—'} />
        <DetailRow
          label={t('leads.fields.email')}
          value={l.email ? <Anchor href={`mailto:${l.email}`}>{l.email}</Anchor> : '—'}
        />
        <DetailRow label={t('leads.fields.companyName')} value={l.companyName ?? '—'} />
        <DetailRow label={t('leads.fields.interest')} value={l.interest ?? '—'} />
        <DetailRow label={t('leads.fields.source')} value={l.source ? t(`leads.sources.${l.source}`) : '—'} />
        <DetailRow label={t('leads.fields.rating')} value={l.rating ? t('leads.ratingValue', { rating: l.rating }) : '—'} />
        <DetailRow
          label={t('leads.fields.nextActionAt')}
          value={
            <Text inherit c={l.overdue ? 'red' : undefined}>
              {fmt.dateTime(l.nextActionAt)}
            </Text>
          }
        />
        <DetailRow label={t('leads.fields.owner')} value={(l.ownerId && owners.get(l.ownerId)) || '—'} />
        <DetailRow label={t('leads.createdAt')} value={fmt.dateTime(l.createdAt)} />
      </Stack>
      {l.notes && (
        <>
          <Text size="sm" c="dimmed" mt="md">
            {t('leads.fields.notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {l.notes}
          </Text>
        </>
      )}
    </Paper>
  );
}
