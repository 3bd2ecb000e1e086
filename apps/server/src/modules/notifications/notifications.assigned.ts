import type { Ctx } from '../../http/context.ts';
import { notify } from './notifications.service.ts';

export type OwnedEntity = 'contact' | 'company' | 'lead' | 'deal' | 'order';
const LABELS: Record<OwnedEntity, [one: string, many: string]> = {
  contact: ['contact', 'contacts'],
  company: ['company', 'companies'],
  lead: ['lead', 'leads'],
  deal: ['deal', 'deals'],
  order: ['order', 'orders'],
};
const counted = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;
const kindOf = (entityType: OwnedEntity) => (entityType === 'lead' ? 'lead_assigned' : 'record_assigned');

/**
 * A record changed hands: the new owner hears of it in the caller's transaction, unless they took
 * it themselves (nobody needs telling what they just did).
 */
export async function notifyNewOwner(
  ctx: Ctx,
  entityType: OwnedEntity,
  record: { id: string; name: string },
  before: string | null,
  after: string | null | undefined,
): Promise<void> {
  if (!after || after === before || after === ctx.user.id) return;
  await notify(ctx.db, {
    userId: after,
    kind: kindOf(entityType),
    title: `${LABELS[entityType][0].replace(/^./, (c) => c.toUpperCase())} assigned to you: ${record.name}`,
    entityType,
    entityId: record.id,
  });
}

/** Bulk moves and handovers send one summary per new owner, not one note per record. */
export async function notifyNewOwnerOfMany(ctx: Ctx, userId: string | null, counts: Partial<Record<OwnedEntity, number>>) {
  const parts = (Object.entries(counts) as [OwnedEntity, number][]).filter(([, n]) => n > 0);
  if (!userId || userId === ctx.user.id || parts.length === 0) return;
  const total = parts.reduce((sum, [, n]) => sum + n, 0);
  const only = parts.length === 1 ? parts[0]?.[0] : undefined;
  await notify(ctx.db, {
    userId,
    kind: only ? kindOf(only) : 'record_assigned',
    title: `${counted(total, only ? LABELS[only] : ['record', 'records'])} assigned to you`,
    body: parts.map(([type, n]) => counted(n, LABELS[type])).join(', '),
    ...(only && { entityType: only }),
  });
}
