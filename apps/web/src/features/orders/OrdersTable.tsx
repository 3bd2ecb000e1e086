import { useTranslation } from 'react-i18next';
import { VirtualTable } from '../../components/VirtualTable.tsx';
import { useOrderColumns } from './columns.tsx';
import type { OrderListView } from './OrderList.tsx';

/** The wide-screen orders table. */
export function OrdersTable({ list, sort, onSort, selection }: OrderListView) {
  const { t } = useTranslation();
  const columns = useOrderColumns();
  return (
    <VirtualTable
      label={t('orders.table')}
      list={list}
      columns={columns}
      sort={sort}
      onSort={onSort}
      selection={selection}
      selectLabel={(o) => t('orders.select', { number: o.number })}
      selectLoadedLabel={t('orders.selectLoaded')}
      rowHeight={53}
      offset={300}
    />
  );
}
