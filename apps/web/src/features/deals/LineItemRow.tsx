import { ActionIcon, Table, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/form.ts';
import { ProductPicker } from '../products/ProductPicker.tsx';
import { lineTotal, useMoney } from '../sales/money.ts';
import type { LineRow } from './lineItems.ts';

type Props = {
  row: LineRow;
  index: number;
  currency: string;
  readOnly: boolean;
  errors: FieldErrors;
  onChange: (row: LineRow) => void;
  onRemove: () => void;
};

/** One editable line: product, name, quantity, price, discount and the computed line total. */
export function LineItemRow({ row, index, currency, readOnly, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const n = index + 1;
  const field = (key: 'name' | 'quantity' | 'price' | 'discount', label: string) => (
    <TextInput
      aria-label={`${label} ${n}`}
      value={row[key]}
      onChange={(e) => onChange({ ...row, [key]: e.currentTarget.value })}
      inputMode={key === 'name' ? undefined : 'decimal'}
      readOnly={readOnly}
      error={errors[`items.${index}.${key}`] ?? (key === 'name' ? errors[`items.${index}`] : undefined)}
      size="sm"
    />
  );
  return (
    <Table.Tr>
      {!readOnly && (
        <Table.Td w={240}>
          <ProductPicker
            label={`${t('deals.items.product')} ${n}`}
            value={row.productId ? { id: row.productId, name: row.name } : null}
            onPick={(p) => onChange({ ...row, productId: p.id, name: p.name, price: p.price })}
          />
        </Table.Td>
      )}
      <Table.Td>{field('name', t('deals.items.name'))}</Table.Td>
      <Table.Td w={90}>{field('quantity', t('deals.items.quantity'))}</Table.Td>
      <Table.Td w={130}>{field('price', t('deals.items.price'))}</Table.Td>
      <Table.Td w={100}>{field('discount', t('deals.items.discount'))}</Table.Td>
      <Table.Td ta="right" w={130} style={{ whiteSpace: 'nowrap' }}>
        {money(lineTotal(row.quantity, row.price || '0', row.discount || '0'), currency)}
      </Table.Td>
      {!readOnly && (
        <Table.Td w={40}>
          <ActionIcon variant="subtle" color="gray" aria-label={t('deals.items.remove', { n })} onClick={onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
