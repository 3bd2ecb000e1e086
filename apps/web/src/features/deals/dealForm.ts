import type { Deal, DealCreate } from '@spilno/schema';
import type { DealUpdate } from './deals.api.ts';

export type DealFormValues = {
  name: string;
  pipelineId: string;
  stageId: string;
  amount: string;
  currency: string;
  probability: string;
  expectedCloseDate: string;
  contactId: string;
  companyId: string;
  ownerId: string;
};
export const DEAL_FORM_FIELDS = [
  'name',
  'pipelineId',
  'stageId',
  'amount',
  'currency',
  'probability',
  'expectedCloseDate',
  'contactId',
  'companyId',
  'ownerId',
] as const;

export function dealFormValues(
  deal: Deal | undefined,
  defaults: { pipelineId: string; currency: string; me: string },
): DealFormValues {
  return {
    name: deal?.name ?? '',
    pipelineId: deal?.pipelineId ?? defaults.pipelineId,
    stageId: deal?.stageId ?? '',
    amount: deal?.amount ?? '',
    currency: deal?.currency ?? defaults.currency,
    probability: deal ? String(deal.probability) : '',
    expectedCloseDate: deal?.expectedCloseDate ?? '',
    contactId: deal?.contactId ?? '',
    companyId: deal?.companyId ?? '',
    ownerId: deal ? (deal.ownerId ?? '') : defaults.me,
  };
}

const orNull = (s: string) => s.trim() || null;

export function createBody(v: DealFormValues): DealCreate {
  const body: DealCreate = { name: v.name.trim(), pipelineId: v.pipelineId, currency: v.currency.trim() };
  if (v.stageId) body.stageId = v.stageId;
  if (v.amount.trim()) body.amount = v.amount.trim();
  if (v.expectedCloseDate) body.expectedCloseDate = v.expectedCloseDate;
  if (v.contactId) body.contactId = v.contactId;
  if (v.companyId) body.companyId = v.companyId;
  if (v.ownerId) body.ownerId = v.ownerId;
  return body;
}

/** What changed; the amount only when the deal has no line items (they decide it otherwise). */
export function updatePatch(v: DealFormValues, deal: Deal): DealUpdate {
  const patch: DealUpdate = {};
  if (v.name.trim() !== deal.name) patch.name = v.name.trim();
  if (!deal.items?.length && v.amount.trim() !== deal.amount) patch.amount = v.amount.trim() || '0';
  if (v.currency.trim().toUpperCase() !== deal.currency) patch.currency = v.currency.trim();
  if (v.probability !== String(deal.probability)) patch.probability = Number(v.probability);
  if (orNull(v.expectedCloseDate) !== deal.expectedCloseDate) patch.expectedCloseDate = orNull(v.expectedCloseDate);
  if (orNull(v.contactId) !== deal.contactId) patch.contactId = orNull(v.contactId);
  if (orNull(v.companyId) !== deal.companyId) patch.companyId = orNull(v.companyId);
  if (orNull(v.ownerId) !== deal.ownerId) patch.ownerId = orNull(v.ownerId);
  return patch;
}
