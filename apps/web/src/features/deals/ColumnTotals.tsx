import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../sales/money.ts';
import type { StageTotal } from './deals.api.ts';

/** A stage's sum and weighted sum (Σ amount × probability), per currency. */
export function ColumnTotals({ totals, probability }: { totals: StageTotal[]; probability: number }) {
  const { t } = useTranslation();
  const m = useMoney();
  const weighted = totals.map((x) => ({ currency: x.currency, amount: x.weighted }));
  return (
    <Stack gap={0} data-testid="column-totals">
      <Text size="sm" fw={500}>
        <span data-testid="column-total">{m.totals(totals)}</span>
      </Text>
      <Text size="xs" c="dimmed">
        {t('deals.weighted')}: <span data-testid="column-weighted">{m.totals(weighted)}</span> · {probability}%
      </Text>
    </Stack>
  );
}
