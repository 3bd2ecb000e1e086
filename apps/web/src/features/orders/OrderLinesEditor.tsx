import { Button, Divider, Grid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import { emptyRow, type LineRow } from './lines.ts';
import { LINE_SPANS, OrderLineRow } from './OrderLineRow.tsx';

type Props = { rows: LineRow[]; currency: string; errors: FieldErrors; onChange: (rows: LineRow[]) => void };

/** The editable line-item grid, shared by the new-order form and the order page. */
export function OrderLinesEditor({ rows, currency, errors, onChange }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const head = (span: (typeof LINE_SPANS)[keyof typeof LINE_SPANS], label: string, right = false) => (
    <Grid.Col span={span}>
      <Text size="xs" fw={700} c="dimmed" ta={right ? 'right' : undefined}>
        {label}
      </Text>
    </Grid.Col>
  );
  return (
    <Stack gap="xs">
      {!phone && rows.length > 0 && (
        <Grid columns={24} gap="xs" aria-hidden>
          {head(LINE_SPANS.product, t('orders.lines.product'))}
          {head(LINE_SPANS.name, t('orders.lines.name'))}
          {head(LINE_SPANS.quantity, t('orders.lines.quantity'))}
          {head(LINE_SPANS.price, t('orders.lines.price'))}
          {head(LINE_SPANS.discount, t('orders.lines.discount'))}
          {head(LINE_SPANS.vatRate, t('orders.lines.vatRate'))}
          {head(LINE_SPANS.sum, t('orders.lines.net'), true)}
        </Grid>
      )}
      {rows.length === 0 && (
        <Text size="sm" c={errors.items ? 'red' : 'dimmed'} role={errors.items ? 'alert' : undefined}>
          {t('orders.lines.empty')}
        </Text>
      )}
      {rows.map((r, i) => (
        <Stack key={r.key} gap="xs">
          {phone && i > 0 && <Divider />}
          <OrderLineRow
            row={r}
            index={i}
            currency={currency}
            labelled={phone}
            errors={errors}
            onChange={(row) => onChange(rows.map((x, j) => (j === i ? row : x)))}
            onRemove={() => onChange(rows.filter((_, j) => j !== i))}
          />
        </Stack>
      ))}
      <Button
        variant="subtle"
        size="compact-sm"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...rows, emptyRow()])}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('orders.lines.add')}
      </Button>
    </Stack>
  );
}
