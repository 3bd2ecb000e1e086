import type { Deal } from '@spilno/schema';
import { sumMoney, weightedAmount } from '../sales/money.ts';
import type { DealColumn, StageTotal } from './deals.api.ts';

function withDeal(totals: StageTotal[], deal: Deal, sign: 1 | -1): StageTotal[] {
  const amount = sign > 0 ? deal.amount : `-${deal.amount}`.replace('--', '');
  const weighted = weightedAmount(amount, deal.probability);
  const found = totals.some((x) => x.currency === deal.currency);
  const next = found ? totals : [...totals, { currency: deal.currency, amount: '0.00', weighted: '0.00' }];
  return next.map((x) =>
    x.currency === deal.currency ? { ...x, amount: sumMoney([x.amount, amount]), weighted: sumMoney([x.weighted, weighted]) } : x,
  );
}

/**
 * The board after moving one deal: it leaves its column's count and totals and joins the target's
 * at the target stage's probability, as the server will count it.
 */
export function moveOnBoard(columns: DealColumn[], dealId: string, stageId: string): DealColumn[] {
  const from = columns.find((c) => c.deals.some((d) => d.id === dealId));
  const to = columns.find((c) => c.stage.id === stageId);
  const deal = from?.deals.find((d) => d.id === dealId);
  if (!from || !to || !deal || from === to) return columns;
  const moved: Deal = { ...deal, stageId, probability: to.stage.probability, status: to.stage.kind as Deal['status'] };
  return columns.map((c) => {
    if (c === from)
      return { ...c, count: c.count - 1, totals: withDeal(c.totals, deal, -1), deals: c.deals.filter((d) => d.id !== dealId) };
    if (c === to) return { ...c, count: c.count + 1, totals: withDeal(c.totals, moved, 1), deals: [moved, ...c.deals] };
    return c;
  });
}
