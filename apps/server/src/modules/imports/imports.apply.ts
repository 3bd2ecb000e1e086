import type { Company, Contact } from '@spilno/schema';
import type { Ctx } from '../../http/context.ts';
import { nowIso } from '../../lib/time.ts';
import { findCompanyIdByName } from '../companies/companies.repo.ts';
import { createCompany, getCompany, updateCompany } from '../companies/companies.service.ts';
import { createContact, getContact, updateContact } from '../contacts/contacts.service.ts';
import type { CompanyData, ContactData, Plan } from './imports.plan.ts';

type Channel = { value: string; label: string };
const addNew = (have: Channel[], more: Channel[]) => [...have, ...more.filter((m) => !have.some((h) => h.value === m.value))];
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (typeof v === 'object' && !Object.keys(v).length);

/**
 * The patch that merges an imported row into an existing record: fields the record lacks are
 * filled, phones, emails and tags are added, nothing the record already has is overwritten.
 */
function mergePatch<T extends Record<string, unknown>>(before: T, data: Record<string, unknown>, fields: string[]) {
  const patch: Record<string, unknown> = {};
  for (const f of fields) if (isEmpty(before[f]) && !isEmpty(data[f])) patch[f] = data[f];
  for (const f of ['phones', 'emails'] as const) {
    const merged = addNew(before[f] as Channel[], (data[f] as Channel[]) ?? []);
    if (merged.length > (before[f] as Channel[]).length) patch[f] = merged;
  }
  const tags = union(before.tags as string[], (data.tags as string[]) ?? []);
  if (tags.length > (before.tags as string[]).length) patch.tags = tags;
  const custom = { ...(data.customFields as object), ...(before.customFields as object) };
  if (Object.keys(custom).length > Object.keys(before.customFields as object).length) patch.customFields = custom;
  return patch;
}

/** What undo needs to put back: the record's values of the fields the patch changes. */
const previousOf = (before: Record<string, unknown>, patch: Record<string, unknown>) =>
  Object.fromEntries(Object.keys(patch).map((k) => [k, before[k] ?? null]));

async function recordTouched(ctx: Ctx, importId: string, entity: string, id: string, action: string, previous: unknown) {
  const at = nowIso();
  // The first touch wins: a record created by row 3 and updated by row 9 is still "created" for undo.
  await ctx.db
    .insertInto('import_records')
    .values({
      import_id: importId,
      entity,
      entity_id: id,
      action,
      previous: previous ? JSON.stringify(previous) : null,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The company named in a contact row, found by name or created (and remembered for undo). */
async function companyIdFor(ctx: Ctx, importId: string, name: string): Promise<string | null> {
  if (!name) return null;
  const found = await findCompanyIdByName(ctx.db, name);
  if (found) return found;
  const company = await createCompany(ctx, { name: name.slice(0, 200), phones: [], emails: [], tags: [], customFields: {} });
  await recordTouched(ctx, importId, 'company', company.id, 'created', null);
  return company.id;
}

const contactFields = ['firstName', 'lastName', 'companyId', 'position', 'address', 'birthday', 'source'];
const companyFields = ['type', 'industry', 'website', 'address'];

/** Applies one planned row inside the batch's transaction. */
export async function applyPlan(ctx: Ctx, importId: string, plan: Plan): Promise<void> {
  if (plan.outcome === 'fail' || plan.outcome === 'skip') return;
  if ('name' in plan.data) {
    const data = plan.data as CompanyData;
    if (plan.outcome === 'create') {
      const created = await createCompany(ctx, data);
      return recordTouched(ctx, importId, 'company', created.id, 'created', null);
    }
    const before = await getCompany(ctx, plan.existingId);
    const patch = mergePatch(before as Company & Record<string, unknown>, data, companyFields);
    if (!Object.keys(patch).length) return;
    await updateCompany(ctx, plan.existingId, patch);
    return recordTouched(ctx, importId, 'company', plan.existingId, 'updated', previousOf(before, patch));
  }
  const data = { ...(plan.data as ContactData), companyId: await companyIdFor(ctx, importId, plan.company) };
  if (plan.outcome === 'create') {
    const created = await createContact(ctx, data, { audit: false });
    return recordTouched(ctx, importId, 'contact', created.id, 'created', null);
  }
  const before = await getContact(ctx, plan.existingId);
  const patch = mergePatch(before as Contact & Record<string, unknown>, data, contactFields);
  if (!before.preferences.notes && data.preferences.notes)
    patch.preferences = { ...before.preferences, notes: data.preferences.notes };
  if (!Object.keys(patch).length) return;
  await updateContact(ctx, plan.existingId, patch, { audit: false });
  await recordTouched(ctx, importId, 'contact', plan.existingId, 'updated', previousOf(before, patch));
}
