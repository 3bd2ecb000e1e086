import { Badge } from '@mantine/core';
import type { Deal } from '@spilno/schema';
import { useTranslation } from 'react-i18next';

const COLORS: Record<Deal['status'], string> = { open: 'blue', won: 'teal', lost: 'red' };

export function DealStatusBadge({ status }: { status: Deal['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`deals.statuses.${status}`)}
    </Badge>
  );
}
