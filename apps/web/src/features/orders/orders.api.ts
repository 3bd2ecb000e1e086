import type {
  customerSummary,
  Order,
  OrderCreate,
  orderStatus,
  orderStatusesUpdate,
  orderUpdate,
  paymentCreate,
} from '@spilno/schema';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';
import { useCursorList } from '../../lib/lists.ts';

export const ordersKey = ['orders'] as const;
export type OrderUpdate = z.input<typeof orderUpdate>;
export type PaymentCreate = z.input<typeof paymentCreate>;
export type OrderStatus = z.infer<typeof orderStatus>;
export type StatusDraft = z.input<typeof orderStatusesUpdate>['statuses'][number];
export type CustomerSummary = z.infer<typeof customerSummary>;
export type CustomerRef = { contactId: string } | { companyId: string };
export const ORDER_LIST_SORTS = ['-orderedAt', 'orderedAt', '-number', 'number', '-total', 'total'] as const;
export type OrderSort = (typeof ORDER_LIST_SORTS)[number];
export type OrderFilters = Partial<
  Record<'q' | 'status' | 'paymentStatus' | 'contactId' | 'companyId' | 'from' | 'to', string>
> & { sort?: OrderSort };

const oneKey = (id: string | undefined) => [...ordersKey, 'one', id];

export function useOrderList(filters: OrderFilters) {
  return useCursorList<Order>([...ordersKey, 'list'], '/orders', filters);
}

export function useOrder(id: string | undefined) {
  return useQuery({ queryKey: oneKey(id), queryFn: () => api<Order>(`/orders/${id}`), enabled: Boolean(id) });
}

export function useOrderStatuses() {
  return useQuery({
    queryKey: [...ordersKey, 'statuses'],
    queryFn: () => api<{ items: OrderStatus[] }>('/orders/statuses'),
    select: (r) => r.items,
    staleTime: 60_000,
  });
}

export function useCustomerSummary(customer: CustomerRef, enabled: boolean) {
  return useQuery({
    queryKey: [...ordersKey, 'summary', customer],
    queryFn: () => api<{ items: CustomerSummary[] }>('/orders/summary', { query: customer }),
    select: (r) => r.items,
    enabled,
  });
}

// An order also writes to its customer's timeline.
const invalidate = (client: QueryClient) =>
  Promise.all([ordersKey, ['activities']].map((queryKey) => client.invalidateQueries({ queryKey })));

/** Puts the answer in the order's cache at once, then refreshes lists and summaries. */
function useOrderMutation<V>(mutationFn: (vars: V) => Promise<Order>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (order) => {
      client.setQueryData(oneKey(order.id), order);
      return invalidate(client);
    },
  });
}

export function useCreateOrder() {
  return useOrderMutation((body: OrderCreate) => api<Order>('/orders', { method: 'POST', body }));
}

export function useUpdateOrder() {
  return useOrderMutation(({ id, patch }: { id: string; patch: OrderUpdate }) =>
    api<Order>(`/orders/${id}`, { method: 'PATCH', body: patch }),
  );
}

export function useAddPayment() {
  return useOrderMutation(({ id, payment }: { id: string; payment: PaymentCreate }) =>
    api<Order>(`/orders/${id}/payments`, { method: 'POST', body: payment }),
  );
}

export function useDeleteOrder() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/orders/${id}`, { method: 'DELETE' }),
    onSuccess: () => invalidate(client),
  });
}

export function useBulkStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[]; status: string }) =>
      api<{ affected: number }>('/orders/bulk-status', { method: 'POST', body }),
    onSuccess: () => invalidate(client),
  });
}

export function useSaveStatuses() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (statuses: StatusDraft[]) =>
      api<{ items: OrderStatus[] }>('/orders/statuses', { method: 'PUT', body: { statuses } }),
    onSuccess: (r) => client.setQueryData([...ordersKey, 'statuses'], r),
  });
}
