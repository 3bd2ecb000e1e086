import { ActionIcon, Grid, Group, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import { ProductPicker } from '../products/ProductPicker.tsx';
import { lineTotal, useMoney } from '../sales/money.ts';
import { type LineRow, withProduct } from './lines.ts';

type Field = 'name' | 'quantity' | 'price' | 'discount' | 'vatRate';
type Props = {
  row: LineRow;
  index: number;
  currency: string;
  /** Phones show each input's label, since the grid's header is hidden there. */
  labelled: boolean;
  errors: FieldErrors;
  onChange: (row: LineRow) => void;
  onRemove: () => void;
};

/** Spans of a line's cells out of 24: a row on wide screens, a small form per line on phones. */
export const LINE_SPANS = {
  product: { base: 24, sm: 6 },
  name: { base: 24, sm: 4 },
  quantity: { base: 12, sm: 2 },
  price: { base: 12, sm: 3 },
  discount: { base: 12, sm: 3 },
  vatRate: { base: 12, sm: 2 },
  sum: { base: 24, sm: 4 },
} as const;

/** One editable line: product, name, quantity, price, discount %, VAT % and its sum before VAT. */
export function OrderLineRow({ row, index, currency, labelled, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const n = index + 1;
  const field = (key: Field, label: string) => (
    <TextInput
      label={labelled ? label : undefined}
      aria-label={`${label} ${n}`}
      value={row[key]}
      onChange={(e) => onChange({ ...row, [key]: e.currentTarget.value })}
      inputMode={key === 'name' ? undefined : 'decimal'}
      error={errors[`items.${index}.${key}`] ?? (key === 'name' ? errors[`items.${index}`] : undefined)}
      size="sm"
    />
  );
  return (
    <Grid columns={24} gap="xs" align="flex-end" data-testid="order-line">
      <Grid.Col span={LINE_SPANS.product}>
        <ProductPicker
          label={`${t('orders.lines.product')} ${n}`}
          value={row.productId ? { id: row.productId, name: row.name } : null}
          onPick={(p) => onChange(withProduct(row, p))}
        />
      </Grid.Col>
      <Grid.Col span={LINE_SPANS.name}>{field('name', t('orders.lines.name'))}</Grid.Col>
      <Grid.Col span={LINE_SPANS.quantity}>{field('quantity', t('orders.lines.quantity'))}</Grid.Col>
      <Grid.Col span={LINE_SPANS.price}>{field('price', t('orders.lines.price'))}</Grid.Col>
      <Grid.Col span={LINE_SPANS.discount}>{field('discount', t('orders.lines.discount'))}</Grid.Col>
      <Grid.Col span={LINE_SPANS.vatRate}>{field('vatRate', t('orders.lines.vatRate'))}</Grid.Col>
      <Grid.Col span={LINE_SPANS.sum}>
        <Group justify="flex-end" gap={4} wrap="nowrap" mih={36}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }} aria-label={`${t('orders.lines.net')} ${n}`}>
            {money(lineTotal(row.quantity, row.price || '0', row.discount || '0'), currency)}
          </Text>
          <ActionIcon variant="subtle" color="gray" aria-label={t('orders.lines.remove', { n })} onClick={onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Grid.Col>
    </Grid>
  );
}
