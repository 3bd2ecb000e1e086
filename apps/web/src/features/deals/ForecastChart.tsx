import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../sales/money.ts';
import type { ForecastMonth } from './deals.api.ts';
import { byCurrency, monthsBetween } from './forecast.ts';

const HEIGHT = 180;

/** Bars by month, one chart per currency: the full amount, and inside it the weighted amount. */
export function ForecastChart({ months, from, to }: { months: ForecastMonth[]; from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const { money } = useMoney();
  const label = useMemo(() => new Intl.DateTimeFormat(i18n.language, { month: 'short', year: '2-digit' }), [i18n.language]);
  const axis = monthsBetween(from, to);
  return (
    <Stack gap="lg">
      {[...byCurrency(months)].map(([currency, rows]) => {
        const max = Math.max(...[...rows.values()].map((r) => Number(r.amount)), 1);
        return (
          <Stack key={currency} gap="xs">
            <Group justify="space-between">
              <Text fw={600}>{currency}</Text>
              <Legend />
            </Group>
            <Box style={{ display: 'flex', alignItems: 'flex-end', gap: 6, height: HEIGHT + 24, overflowX: 'auto' }} aria-hidden>
              {axis.map((month) => {
                const row = rows.get(month);
                const amount = Number(row?.amount ?? 0);
                const weighted = Number(row?.weighted ?? 0);
                const tip = row
                  ? `${money(row.amount, currency)} · ${t('deals.weighted')}: ${money(row.weighted, currency)}`
                  : '—';
                return (
                  <Stack key={month} gap={4} align="center" style={{ flex: '1 0 32px' }}>
                    <Tooltip label={tip} withinPortal>
                      <Box
                        w="70%"
                        pos="relative"
                        h={(amount / max) * HEIGHT}
                        bg="var(--mantine-color-indigo-2)"
                        style={{ borderRadius: '4px 4px 0 0', minHeight: amount ? 2 : 0 }}
                      >
                        <Box
                          pos="absolute"
                          bottom={0}
                          w="100%"
                          h={`${amount ? (weighted / amount) * 100 : 0}%`}
                          bg="var(--mantine-color-indigo-6)"
                        />
                      </Box>
                    </Tooltip>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {label.format(new Date(`${month}-01T00:00:00`))}
                    </Text>
                  </Stack>
                );
              })}
            </Box>
          </Stack>
        );
      })}
    </Stack>
  );
}

function Legend() {
  const { t } = useTranslation();
  const swatch = (color: string) => <Box w={12} h={12} bg={color} style={{ borderRadius: 2 }} />;
  return (
    <Group gap="md">
      <Group gap={4}>
        {swatch('var(--mantine-color-indigo-2)')}
        <Text size="xs">{t('deals.fields.amount')}</Text>
      </Group>
      <Group gap={4}>
        {swatch('var(--mantine-color-indigo-6)')}
        <Text size="xs">{t('deals.weighted')}</Text>
      </Group>
    </Group>
  );
}
