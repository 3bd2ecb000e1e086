import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../lib/format.ts';
import { useMoney } from '../sales/money.ts';
import { useOrdersAccess } from './access.ts';
import { type CustomerRef, type CustomerSummary, useCustomerSummary } from './orders.api.ts';

function Stat({ label, value, color }: { label: string; value: string; color?: string | undefined }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} c={color} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Stack>
  );
}

/**
 * What a contact or company has ordered, paid and still owes, with the gross profit, per currency;
 * for their pages. Renders nothing for a role that may not read orders.
 */
export function CustomerOrdersSummary({ customer }: { customer: CustomerRef }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { money } = useMoney();
  const { canRead, canCreate } = useOrdersAccess();
  const summary = useCustomerSummary(customer, canRead);
  if (!canRead) return null;
  const query = new URLSearchParams(customer).toString();
  const lines: CustomerSummary[] = summary.data ?? [];

  return (
    <Paper withBorder p="md" aria-label={t('orders.summary.title')} role="region">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">
            {t('orders.summary.title')}
          </Title>
          {canCreate && (
            <Button
              component={Link}
              to={`/orders/new?${query}`}
              size="compact-sm"
              variant="light"
              leftSection={<IconPlus size={14} />}
            >
              {t('orders.new')}
            </Button>
          )}
        </Group>
        {lines.length === 0 && (
          <Text size="sm" c="dimmed">
            {summary.isPending ? t('common.loading') : t('orders.summary.none')}
          </Text>
        )}
        {lines.map((s) => (
          <SimpleGrid key={s.currency} cols={2} spacing="sm" verticalSpacing="xs">
            <Stat label={t('orders.summary.orders')} value={fmt.number(s.orders)} />
            <Stat label={t('orders.summary.paid')} value={money(s.paid, s.currency)} />
            <Stat
              label={t('orders.summary.debt')}
              value={money(s.debt, s.currency)}
              color={Number(s.debt) > 0 ? 'red' : undefined}
            />
            <Stat label={t('orders.summary.grossProfit')} value={money(s.grossProfit, s.currency)} />
          </SimpleGrid>
        ))}
        {lines.length > 0 && (
          <Anchor component={Link} to={`/orders?${query}`} size="sm">
            {t('orders.summary.all')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
