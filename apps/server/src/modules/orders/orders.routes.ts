import {
  bulkResult,
  customerSummaryQuery,
  customerSummary as customerSummarySchema,
  idParams,
  order,
  orderBulkStatus,
  orderCreate,
  orderListQuery,
  orderStatus,
  orderStatusesUpdate,
  orderUpdate,
  page,
  paymentCreate,
} from '@spilno/schema';
import { z } from 'zod';
import type { App } from '../../http/app-types.ts';
import { ctxOf } from '../../http/context.ts';
import { listOrderStatuses, updateOrderStatuses } from './order-statuses.ts';
import { listOrders } from './orders.repo.ts';
import { addPayment, bulkOrderStatus, createOrder, deleteOrder, getOrder, updateOrder } from './orders.service.ts';
import { customerSummary } from './orders.summary.ts';

export async function ordersRoutes(app: App) {
  const tags = ['orders'];
  const read = { ability: 'orders.read.own' } as const;
  const write = { ability: 'orders.write.own' } as const;
  const statuses = z.object({ items: z.array(orderStatus), nextCursor: z.null() });
  app.get(
    '/api/v1/orders',
    { config: read, schema: { tags, querystring: orderListQuery, response: { 200: page(order) } } },
    (req) => listOrders(ctxOf(req), req.query),
  );
  app.get('/api/v1/orders/statuses', { config: read, schema: { tags, response: { 200: statuses } } }, async () => ({
    items: await listOrderStatuses(app.deps.db),
    nextCursor: null,
  }));
  app.put(
    '/api/v1/orders/statuses',
    { config: { ability: 'settings.manage' }, schema: { tags, body: orderStatusesUpdate, response: { 200: statuses } } },
    async (req) => ({
      items: await updateOrderStatuses(ctxOf(req), req.body),
      nextCursor: null,
    }),
  );
  app.get(
    '/api/v1/orders/summary',
    {
      config: read,
      schema: { tags, querystring: customerSummaryQuery, response: { 200: z.object({ items: z.array(customerSummarySchema) }) } },
    },
    async (req) => ({
      items: await customerSummary(ctxOf(req), req.query),
    }),
  );
  app.post(
    '/api/v1/orders/bulk-status',
    { config: write, schema: { tags, body: orderBulkStatus, response: { 200: bulkResult } } },
    (req) => bulkOrderStatus(ctxOf(req), req.body.ids, req.body.status),
  );
  app.post(
    '/api/v1/orders',
    { config: write, schema: { tags, body: orderCreate, response: { 201: order } } },
    async (req, reply) => reply.code(201).send(await createOrder(ctxOf(req), req.body)),
  );
  app.get('/api/v1/orders/:id', { config: read, schema: { tags, params: idParams, response: { 200: order } } }, (req) =>
    getOrder(ctxOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/orders/:id',
    { config: write, schema: { tags, params: idParams, body: orderUpdate, response: { 200: order } } },
    (req) => updateOrder(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/orders/:id/payments',
    { config: write, schema: { tags, params: idParams, body: paymentCreate, response: { 200: order } } },
    (req) => addPayment(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/orders/:id', { config: write, schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteOrder(ctxOf(req), req.params.id);
    return reply.code(204).send();
  });
}
