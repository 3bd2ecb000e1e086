import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';
import { currency, money, moneyInput } from './money.ts';
import { ORDER_SOURCES, PAYMENT_METHODS, PAYMENT_STATUSES } from './values.ts';

export const orderItem = z.object({
  productId: id.nullable(),
  sku: z.string().nullable(),
  name: z.string(),
  quantity: z.string(),
  price: money,
  discount: z.string(),
  vatRate: z.string(),
  net: money,
  vat: money,
  total: money,
});
export const orderItemInput = z.strictObject({
  productId: id.optional(),
  name: z.string().trim().min(1).max(200).optional(),
  quantity: moneyInput.default('1'),
  price: moneyInput.optional(),
  discount: moneyInput.default('0'),
  vatRate: moneyInput.optional(),
});

export const payment = z.object({
  id,
  amount: money,
  method: z.enum(PAYMENT_METHODS).nullable(),
  paidAt: isoDateTime,
  note: z.string().nullable(),
});
export const paymentCreate = z.strictObject({
  /** Negative for a refund. */
  amount: moneyInput,
  method: z.enum(PAYMENT_METHODS).optional(),
  paidAt: isoDateTime.optional(),
  note: z.string().trim().max(500).optional(),
});

export const order = z.object({
  id,
  number: z.string(),
  contactId: id.nullable(),
  companyId: id.nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  companyName: z.string().nullable(),
  dealId: id.nullable(),
  currency: z.string(),
  items: z.array(orderItem),
  subtotal: money,
  vat: money,
  total: money,
  paid: money,
  due: money,
  grossProfit: money,
  paymentMethod: z.enum(PAYMENT_METHODS).nullable(),
  paymentStatus: z.enum(PAYMENT_STATUSES),
  payments: z.array(payment).optional(),
  status: z.string(),
  source: z.string().nullable(),
  deliveryMethod: z.string().nullable(),
  deliveryAddress: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  note: z.string().nullable(),
  ownerId: id.nullable(),
  orderedAt: isoDateTime,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Order = z.infer<typeof order>;

const fields = {
  contactId: id.nullable(),
  companyId: id.nullable(),
  dealId: id.nullable(),
  currency,
  items: z.array(orderItemInput).min(1).max(500),
  paymentMethod: z.enum(PAYMENT_METHODS).nullable(),
  status: z.string().trim().min(1).max(40),
  source: z.enum(ORDER_SOURCES).nullable(),
  deliveryMethod: z.string().trim().max(100).nullable(),
  deliveryAddress: z.string().trim().max(500).nullable(),
  trackingNumber: z.string().trim().max(100).nullable(),
  note: z.string().max(5000).nullable(),
  ownerId: id.nullable(),
  orderedAt: isoDateTime,
};
export const orderCreate = z
  .strictObject({
    ...fields,
    contactId: fields.contactId.optional(),
    companyId: fields.companyId.optional(),
    dealId: fields.dealId.optional(),
    currency: fields.currency.optional(),
    paymentMethod: fields.paymentMethod.optional(),
    status: fields.status.optional(),
    source: fields.source.optional(),
    deliveryMethod: fields.deliveryMethod.optional(),
    deliveryAddress: fields.deliveryAddress.optional(),
    trackingNumber: fields.trackingNumber.optional(),
    note: fields.note.optional(),
    ownerId: fields.ownerId.optional(),
    orderedAt: fields.orderedAt.optional(),
  })
  .refine((o) => o.contactId || o.companyId, {
    message: 'An order needs a customer: a contact or a company',
    path: ['contactId'],
  });
export type OrderCreate = z.input<typeof orderCreate>;
export const orderUpdate = z.strictObject(fields).partial().extend({
  /**
   * The order's `updatedAt` as the client read it: the change is refused with 409 when someone
   * changed the order since, so two people editing its lines never silently overwrite each
   * other. Without it the last write wins.
   */
  updatedAt: isoDateTime.optional(),
});

export const ORDER_SORTS = ['orderedAt', '-orderedAt', 'number', '-number', 'total', '-total'] as const;
export const orderFilter = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: z.string().max(40).optional(),
  paymentStatus: z.enum(PAYMENT_STATUSES).optional(),
  contactId: id.optional(),
  companyId: id.optional(),
  ownerId: id.optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});
export const orderListQuery = listQuery.extend(orderFilter.shape).extend({ sort: z.enum(ORDER_SORTS).default('-orderedAt') });
export const orderBulkStatus = z.strictObject({ ids: z.array(id).min(1).max(1000), status: z.string().trim().min(1).max(40) });

export const orderStatus = z.object({ key: z.string(), label: z.string(), position: z.number().int(), closed: z.boolean() });
export const orderStatusesUpdate = z.strictObject({
  statuses: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
        label: z.string().trim().min(1).max(60),
        closed: z.boolean().default(false),
      }),
    )
    .min(1)
    .max(30),
});

/** What a customer has bought and owes, computed from their orders. */
export const customerSummary = z.object({
  currency: z.string(),
  orders: z.number().int(),
  revenue: money,
  paid: money,
  debt: money,
  grossProfit: money,
});
export const customerSummaryQuery = z
  .strictObject({ contactId: id.optional(), companyId: id.optional() })
  .refine((q) => q.contactId || q.companyId, {
    message: 'Give contactId or companyId',
    path: ['contactId'],
  });
