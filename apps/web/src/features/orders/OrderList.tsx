import { useMediaQuery } from '@mantine/hooks';
import type { Order } from '@spilno/schema';
import type { useSelection } from '../../lib/selection.ts';
import { OrderCards } from './OrderCards.tsx';
import { OrdersTable } from './OrdersTable.tsx';
import type { OrderSort } from './orders.api.ts';

export type OrderListView = {
  list: { items: Order[]; hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  sort: OrderSort;
  onSort: (field: 'orderedAt' | 'number' | 'total') => void;
  selection: ReturnType<typeof useSelection>;
};

/** A table on wide screens, cards on phones; both render only what is in view and load more on scroll. */
export function OrderList(props: OrderListView) {
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  return phone ? <OrderCards {...props} /> : <OrdersTable {...props} />;
}
