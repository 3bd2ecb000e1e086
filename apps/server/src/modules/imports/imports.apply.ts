import type { Company, Contact } from '@spilno/schema';
import type { Ctx } from '../../http/context.ts';
import { chunks } from '../../lib/chunks.ts';
import { nowIso } from '../../lib/time.ts';
import { findCompanyIdByName } from '../companies/companies.repo.ts';
import { createCompany, getCompany, updateCompany } from '../companies/companies.service.ts';
import { companyNameSort } from '../companies/company-search-text.ts';
import { ContactLookups } from '../contacts/contact-input.ts';
import { buildContact, getContact, insertContacts, updateContact } from '../contacts/contacts.service.ts';
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

async function recordTouched(
  ctx: Ctx,
  importId: string,
  entity: string,
  touched: { id: string; action: string; previous: unknown }[],
) {
  const at = nowIso();
  for (const slice of chunks(touched)) {
    // The first touch wins: a record created by row 3 and updated by row 9 is still "created" for undo.
    await ctx.db
      .insertInto('import_records')
      .values(
        slice.map((t) => ({
          import_id: importId,
          entity,
          entity_id: t.id,
          action: t.action,
          previous: t.previous ? JSON.stringify(t.previous) : null,
          created_at: at,
          updated_at: at,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

const contactFields = ['firstName', 'lastName', 'companyId', 'position', 'address', 'birthday', 'source'];
const companyFields = ['type', 'industry', 'website', 'address'];

/**
 * Applies one batch's planned rows inside its transaction. New contacts are collected and
 * written together at the end (`insertContacts`, many rows per statement); an update reads the
 * database, so the contacts collected so far are written before it.
 */
export class BatchWriter {
  private pending: Contact[] = [];
  private readonly lookups: ContactLookups;
  /** Companies named in contact rows, by sort name: found or created once per batch. */
  private readonly companies = new Map<string, string>();

  constructor(
    private readonly ctx: Ctx,
    private readonly importId: string,
  ) {
    this.lookups = new ContactLookups(ctx);
  }

  /** Writes the row's plan (or collects it); answers the id of a record it creates. */
  async apply(plan: Plan): Promise<string | null> {
    if (plan.outcome === 'fail' || plan.outcome === 'skip') return null;
    if ('name' in plan.data) return this.applyCompany(plan.data as CompanyData, plan);
    const data = { ...(plan.data as ContactData), companyId: await this.companyIdFor(plan.company) };
    if (plan.outcome === 'create') {
      const contact = await buildContact(this.ctx, data, this.lookups);
      this.pending.push(contact);
      return contact.id;
    }
    await this.flush();
    const before = await getContact(this.ctx, plan.existingId);
    const patch = mergePatch(before as Contact & Record<string, unknown>, data, contactFields);
    if (!before.preferences.notes && data.preferences.notes)
      patch.preferences = { ...before.preferences, notes: data.preferences.notes };
    if (!Object.keys(patch).length) return null;
    await updateContact(this.ctx, plan.existingId, patch, { audit: false });
    await recordTouched(this.ctx, this.importId, 'contact', [
      { id: plan.existingId, action: 'updated', previous: previousOf(before, patch) },
    ]);
    return null;
  }

  /** Writes the contacts collected so far. */
  async flush(): Promise<void> {
    const contacts = this.pending;
    this.pending = [];
    await insertContacts(this.ctx, contacts);
    await recordTouched(
      this.ctx,
      this.importId,
      'contact',
      contacts.map((c) => ({ id: c.id, action: 'created', previous: null })),
    );
  }

  private async applyCompany(data: CompanyData, plan: Exclude<Plan, { outcome: 'fail' | 'skip' }>): Promise<string | null> {
    if (plan.outcome === 'create') {
      const created = await createCompany(this.ctx, data);
      await recordTouched(this.ctx, this.importId, 'company', [{ id: created.id, action: 'created', previous: null }]);
      return created.id;
    }
    const before = await getCompany(this.ctx, plan.existingId);
    const patch = mergePatch(before as Company & Record<string, unknown>, data, companyFields);
    if (!Object.keys(patch).length) return null;
    await updateCompany(this.ctx, plan.existingId, patch);
    await recordTouched(this.ctx, this.importId, 'company', [
      { id: plan.existingId, action: 'updated', previous: previousOf(before, patch) },
    ]);
    return null;
  }

  /** The company named in a contact row, found by name or created (and remembered for undo). */
  private async companyIdFor(name: string): Promise<string | null> {
    if (!name) return null;
    const key = companyNameSort(name);
    const known = this.companies.get(key);
    if (known) return known;
    let id = await findCompanyIdByName(this.ctx.db, name);
    if (!id) {
      const company = await createCompany(this.ctx, {
        name: name.slice(0, 200),
        phones: [],
        emails: [],
        tags: [],
        customFields: {},
      });
      await recordTouched(this.ctx, this.importId, 'company', [{ id: company.id, action: 'created', previous: null }]);
      id = company.id;
    }
    this.companies.set(key, id);
    return id;
  }
}
