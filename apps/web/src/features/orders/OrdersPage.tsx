import { Button, CloseButton, Collapse, Group, Paper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilter, IconPlus, IconSearch, IconSettings } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DebouncedTextInput } from '../../components/DebouncedTextInput.tsx';
import { ListState } from '../../components/ListState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { dayStart } from '../../lib/dates.ts';
import { useSelection } from '../../lib/selection.ts';
import { compact, useSearchState } from '../sales/useSearchState.ts';
import { useOrdersAccess } from './access.ts';
import { OrderBulkBar } from './OrderBulkBar.tsx';
import { OrderFilters } from './OrderFilters.tsx';
import { OrderList } from './OrderList.tsx';
import { ORDER_LIST_SORTS, type OrderSort, useOrderList } from './orders.api.ts';

const KEYS = ['q', 'status', 'paymentStatus', 'from', 'to', 'contactId', 'companyId', 'sort'] as const;
const FILTERS = ['status', 'paymentStatus', 'from', 'to'] as const;

export default function OrdersPage() {
  const { t } = useTranslation();
  const { canCreate, canEditStatuses } = useOrdersAccess();
  const [params, setParams] = useSearchState(KEYS);
  const sort: OrderSort = (ORDER_LIST_SORTS as readonly string[]).includes(params.sort)
    ? (params.sort as OrderSort)
    : '-orderedAt';
  const filters = {
    ...compact({ q: params.q.trim(), status: params.status, paymentStatus: params.paymentStatus }),
    ...compact({ contactId: params.contactId, companyId: params.companyId }),
    from: dayStart(params.from),
    to: dayStart(params.to, 1),
    sort,
  };
  const list = useOrderList(filters);
  const selection = useSelection();
  const active = FILTERS.filter((k) => params[k]).length;
  const [open, { toggle }] = useDisclosure(active > 0);
  const customer = params.contactId || params.companyId;
  const first = list.items[0];

  // A selection belongs to the list it was made in.
  const filterKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: clear when the filter changes, not when clear() does
  useEffect(() => selection.clear(), [filterKey]);
  const onSort = (field: string) => setParams({ sort: sort === `-${field}` ? field : `-${field}` });

  return (
    <>
      <PageHeader
        title={t('modules.orders')}
        actions={
          <Group gap="xs">
            {canEditStatuses && (
              <Button component={Link} to="/settings/order-statuses" variant="default" leftSection={<IconSettings size={16} />}>
                {t('orders.statusesTitle')}
              </Button>
            )}
            {canCreate && (
              <Button component={Link} to="/orders/new" leftSection={<IconPlus size={16} />}>
                {t('orders.new')}
              </Button>
            )}
          </Group>
        }
      />
      <Group gap="xs" mb="sm">
        <DebouncedTextInput
          aria-label={t('common.search')}
          placeholder={t('orders.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={params.q}
          onChange={(q) => setParams({ q })}
          style={{ flex: '1 1 260px' }}
          type="search"
        />
        <Button
          variant={active ? 'light' : 'default'}
          onClick={toggle}
          aria-expanded={open}
          leftSection={<IconFilter size={16} />}
        >
          {active ? t('common.filtersCount', { count: active }) : t('common.filters')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <OrderFilters value={params} onChange={setParams} />
      </Collapse>
      {customer && (
        <Paper withBorder px="sm" py={4} mb="sm" w="fit-content">
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">
              {t('orders.filters.customer', { name: (params.contactId ? first?.contactName : first?.companyName) ?? '…' })}
            </Text>
            <CloseButton
              size="sm"
              aria-label={t('common.clearField')}
              onClick={() => setParams({ contactId: '', companyId: '' })}
            />
          </Group>
        </Paper>
      )}
      <OrderBulkBar selection={selection} canWrite={canCreate} />
      <ListState
        {...list}
        hasNextPage={false}
        isEmpty={list.items.length === 0}
        empty={filterKey === JSON.stringify({ sort }) ? t('orders.emptyNone') : t('orders.empty')}
      >
        <OrderList list={list} sort={sort} onSort={onSort} selection={selection} />
      </ListState>
    </>
  );
}
