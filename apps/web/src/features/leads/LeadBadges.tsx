import { Badge } from '@mantine/core';
import type { Lead } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { RATING_COLORS, STATUS_COLORS } from './options.ts';

export function LeadStatusBadge({ lead }: { lead: Pick<Lead, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color={STATUS_COLORS[lead.status]} variant="light">
        {t(`leads.statuses.${lead.status}`)}
      </Badge>
      {lead.overdue && (
        <Badge color="red" variant="filled" ml={4}>
          {t('leads.overdue')}
        </Badge>
      )}
    </>
  );
}

export function RatingBadge({ rating }: { rating: Lead['rating'] }) {
  const { t } = useTranslation();
  if (!rating) return null;
  return (
    <Badge color={RATING_COLORS[rating]} variant="outline" size="sm" title={t('leads.ratingValue', { rating })}>
      {rating}
    </Badge>
  );
}
