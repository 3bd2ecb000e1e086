import type { Order } from '@spilno/schema';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { useMoney } from '../sales/money.ts';

type Item = Order['items'][number];

/** The lines as saved, for readers who may not change the order. */
export function OrderLinesTable({ order }: { order: Order }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const cur = (v: string) => money(v, order.currency);
  const columns: Column<Item>[] = [
    { key: 'name', header: t('orders.lines.name'), primary: true, render: (i) => (i.sku ? `${i.name} · ${i.sku}` : i.name) },
    { key: 'quantity', header: t('orders.lines.quantity'), render: (i) => i.quantity },
    { key: 'price', header: t('orders.lines.price'), nowrap: true, render: (i) => cur(i.price) },
    { key: 'discount', header: t('orders.lines.discount'), render: (i) => `${i.discount}%` },
    { key: 'vatRate', header: t('orders.lines.vatRate'), render: (i) => `${i.vatRate}%` },
    { key: 'net', header: t('orders.lines.net'), nowrap: true, render: (i) => cur(i.net) },
    { key: 'total', header: t('orders.lines.total'), nowrap: true, render: (i) => cur(i.total) },
  ];
  return (
    <DataTable
      rows={order.items}
      columns={columns}
      rowKey={(i) => `${i.productId ?? ''}-${i.name}-${i.quantity}-${i.price}`}
      label={t('orders.lines.title')}
    />
  );
}
