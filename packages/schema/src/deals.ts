import { z } from 'zod';
import { id, isoDateTime, listQuery } from './common.ts';
import { currency, money, moneyInput } from './money.ts';
import { DEAL_STATUSES } from './values.ts';

export const dealItem = z.object({
  productId: id.nullable(),
  name: z.string(),
  quantity: z.string(),
  price: money,
  discount: z.string(),
  total: money,
});
export const dealItemInput = z.strictObject({
  productId: id.optional(),
  name: z.string().trim().max(200).optional(),
  quantity: moneyInput.default('1'),
  price: moneyInput.optional(),
  /** Percent off the line. */
  discount: moneyInput.default('0'),
});

export const stageVisit = z.object({
  stageId: id,
  stageName: z.string(),
  enteredAt: isoDateTime,
  leftAt: isoDateTime.nullable(),
  seconds: z.number().int(),
});

export const deal = z.object({
  id,
  name: z.string(),
  pipelineId: id,
  stageId: id,
  status: z.enum(DEAL_STATUSES),
  amount: money,
  currency: z.string(),
  probability: z.number().int(),
  expectedCloseDate: z.string().nullable(),
  contactId: id.nullable(),
  companyId: id.nullable(),
  contactName: z.string().nullable(),
  companyName: z.string().nullable(),
  source: z.string().nullable(),
  ownerId: id.nullable(),
  closeReason: z.string().nullable(),
  closedAt: isoDateTime.nullable(),
  stageEnteredAt: isoDateTime,
  items: z.array(dealItem).optional(),
  stageHistory: z.array(stageVisit).optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Deal = z.infer<typeof deal>;

const fields = {
  name: z.string().trim().min(1).max(200),
  pipelineId: id,
  stageId: id,
  amount: moneyInput,
  currency,
  probability: z.number().int().min(0).max(100),
  expectedCloseDate: z.iso.date().nullable(),
  contactId: id.nullable(),
  companyId: id.nullable(),
  source: z.string().trim().max(60).nullable(),
  ownerId: id.nullable(),
  closeReason: z.string().trim().max(500).nullable(),
  /** When given, the amount is their sum. */
  items: z.array(dealItemInput).max(200),
};
export const dealCreate = z.strictObject({
  ...fields,
  pipelineId: fields.pipelineId.optional(),
  stageId: fields.stageId.optional(),
  amount: fields.amount.optional(),
  currency: fields.currency.optional(),
  probability: fields.probability.optional(),
  expectedCloseDate: fields.expectedCloseDate.optional(),
  contactId: fields.contactId.optional(),
  companyId: fields.companyId.optional(),
  source: fields.source.optional(),
  ownerId: fields.ownerId.optional(),
  closeReason: fields.closeReason.optional(),
  items: fields.items.optional(),
});
export type DealCreate = z.input<typeof dealCreate>;
export const dealUpdate = z.strictObject(fields).partial();

export const DEAL_SORTS = [
  'name',
  '-name',
  'amount',
  '-amount',
  'expectedCloseDate',
  '-expectedCloseDate',
  'updatedAt',
  '-updatedAt',
  'createdAt',
  '-createdAt',
] as const;
export const dealFilter = z.strictObject({
  q: z.string().trim().max(200).optional(),
  pipelineId: id.optional(),
  stageId: id.optional(),
  status: z.enum(DEAL_STATUSES).optional(),
  ownerId: id.optional(),
  contactId: id.optional(),
  companyId: id.optional(),
  expectedFrom: z.iso.date().optional(),
  expectedTo: z.iso.date().optional(),
});
export const dealListQuery = listQuery.extend(dealFilter.shape).extend({ sort: z.enum(DEAL_SORTS).default('-updatedAt') });

/** One board column: the stage, its first deals and its totals per currency. */
export const boardColumn = z.object({
  stage: z.object({ id, name: z.string(), probability: z.number().int(), kind: z.string() }),
  count: z.number().int(),
  totals: z.array(z.object({ currency: z.string(), amount: money, weighted: money })),
  deals: z.array(deal),
  nextCursor: z.string().nullable(),
});
export const boardQuery = dealFilter.omit({ stageId: true, status: true }).extend({
  pipelineId: id.optional(),
  perStage: z.coerce.number().int().min(1).max(100).default(20),
});

export const forecastQuery = z.strictObject({
  pipelineId: id.optional(),
  ownerId: id.optional(),
  from: z.iso.date(),
  to: z.iso.date(),
});
export const forecastMonth = z.object({
  month: z.string(),
  currency: z.string(),
  count: z.number().int(),
  amount: money,
  weighted: money,
});
