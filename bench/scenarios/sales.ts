import { NOW } from '../data/context.ts';
import type { Dataset } from '../lib/dataset.ts';
import type { Req } from '../lib/load.ts';
import { get, json, pick, type Scenario } from './types.ts';

// The statuses people filter the order list by; completed (most orders) is the heavy case.
const ORDER_STATUSES = ['new', 'processing', 'shipped', 'completed'];
export const leadBoardPath = () => '/api/v1/leads/board';
export const dealBoardPath = () => '/api/v1/deals/board';
export const orderListPath = () => `/api/v1/orders?status=${pick(ORDER_STATUSES)}&sort=-orderedAt&limit=50`;
/** As the tasks page asks: today's open tasks assigned to the signed-in user. */
export const myTasksPath = (d: Dataset) => `/api/v1/tasks?view=today&assigneeId=${d.managerId}&limit=50`;

/**
 * The month of the data set's "now" as a month view shows it: Monday before the 1st to the
 * Sunday after the last day (42 days at most), in UTC.
 */
export function calendarMonthPath(): string {
  const now = new Date(NOW);
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const day = 86_400_000;
  const from = first - ((new Date(first).getUTCDay() + 6) % 7) * day;
  const to = next + ((7 - new Date(next).getUTCDay()) % 7) * day;
  // As the web app's month view asks: four events a day and each day's count, days in UTC here.
  return `/api/v1/calendar?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}&perDay=4&tz=UTC`;
}

/** A phone order of one to four catalogue products for a known customer, as the new-order form sends it. */
function newOrder(d: Dataset): string {
  const lines = 1 + Math.floor(Math.random() * 4);
  return JSON.stringify({
    contactId: pick(d.contactIds),
    source: 'phone',
    paymentMethod: 'cash_on_delivery',
    deliveryMethod: 'Нова пошта',
    items: Array.from({ length: lines }, () => ({
      productId: pick(d.productIds),
      quantity: String(1 + Math.floor(Math.random() * 10)),
    })),
  });
}

export const createOrder = (d: Dataset): Req => ({
  method: 'POST',
  headers: json,
  setupRequest: (req) => ({ ...req, method: 'POST', path: '/api/v1/orders', body: newOrder(d) }),
});

export const salesScenarios: Scenario[] = [
  { name: 'lead board', as: 'manager', needs: ['get /api/v1/leads/board'], requests: () => [get(leadBoardPath)] },
  { name: 'pipeline board', as: 'manager', needs: ['get /api/v1/deals/board'], requests: () => [get(dealBoardPath)] },
  { name: 'order list (status + sort)', as: 'manager', needs: ['get /api/v1/orders'], requests: () => [get(orderListPath)] },
  { name: 'create order', as: 'manager', needs: ['post /api/v1/orders'], requests: (d) => [createOrder(d)] },
  { name: 'my tasks (today)', as: 'manager', needs: ['get /api/v1/tasks'], requests: (d) => [get(() => myTasksPath(d))] },
  { name: 'team calendar month', as: 'admin', needs: ['get /api/v1/calendar'], requests: () => [get(calendarMonthPath)] },
];
