import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { canRead } from '../../lib/visibility.ts';

export type SubjectRef = { contactId?: string | null; companyId?: string | null; dealId?: string | null };

const subjects = [
  ['contactId', 'contacts', 'contact'],
  ['companyId', 'companies', 'company'],
  ['dealId', 'deals', 'deal'],
] as const;

/** The timeline is visible to whoever may see every contact, company and deal an entry belongs to. */
export async function assertCanSeeSubject(ctx: Ctx, ref: SubjectRef): Promise<void> {
  for (const [key, table, label] of subjects) {
    const id = ref[key];
    if (!id) continue;
    const row = await ctx.db.selectFrom(table).select('owner_id').where('id', '=', id).executeTakeFirst();
    if (!row || !canRead(ctx, table, row.owner_id))
      throw new AppError('invalid', `This ${label} does not exist.`, [{ path: key, message: `Unknown ${label}` }]);
  }
}

/**
 * An entry logged on a deal is also about the deal's customer, so it carries the deal's contact
 * and company (unless the caller named them) and shows on their timelines too. Seeing the deal
 * is what entitles the caller to that, so the deal's links are not checked again.
 */
export async function withDealLinks<T extends SubjectRef>(ctx: Ctx, ref: T): Promise<T> {
  await assertCanSeeSubject(ctx, ref);
  if (!ref.dealId) return ref;
  const deal = await ctx.db
    .selectFrom('deals')
    .select(['contact_id', 'company_id'])
    .where('id', '=', ref.dealId)
    .executeTakeFirstOrThrow();
  return { ...ref, contactId: ref.contactId ?? deal.contact_id, companyId: ref.companyId ?? deal.company_id };
}
