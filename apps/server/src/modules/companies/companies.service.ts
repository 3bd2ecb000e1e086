import type { Company, companyCreate, companyUpdate } from '@spilno/schema';
import type { z } from 'zod';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { assertCanAssign, assertCanWrite, canRead } from '../../lib/visibility.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { assertActiveUser, normalizePhones, uniqueEmails } from '../contacts/contact-input.ts';
import { refreshContacts } from '../contacts/contacts.service.ts';
import { validateCustomValues } from '../custom-fields/custom-fields.service.ts';
import { notifyNewOwner } from '../notifications/notifications.assigned.ts';
import { findCompany, presentCompany } from './companies.repo.ts';
import { companyNameSort, companySearchText } from './company-search-text.ts';

type Patch = z.output<typeof companyUpdate>;
const audited = [
  'name',
  'type',
  'industry',
  'website',
  'phones',
  'emails',
  'address',
  'tags',
  'ownerId',
  'customFields',
] as const;

export async function getCompany(ctx: Ctx, id: string): Promise<Company> {
  const row = await findCompany(ctx.db, id);
  if (!row || !canRead(ctx, 'companies', row.owner_id)) throw notFound('company');
  const count = await ctx.db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('company_id', '=', id)
    .executeTakeFirstOrThrow();
  return presentCompany(row, Number(count.n));
}

async function checkPatch(ctx: Ctx, patch: Patch): Promise<Patch> {
  const out: Patch = { ...patch };
  if (patch.phones) out.phones = await normalizePhones(ctx, patch.phones);
  if (patch.emails) out.emails = uniqueEmails(patch.emails);
  if (patch.tags) out.tags = [...new Set(patch.tags)];
  if (patch.ownerId !== undefined) {
    assertCanAssign(ctx, 'companies', patch.ownerId);
    if (patch.ownerId) await assertActiveUser(ctx, patch.ownerId);
  }
  if (patch.customFields) out.customFields = await validateCustomValues(ctx.db, 'company', patch.customFields);
  return out;
}

function toRow(c: Company) {
  return {
    name: c.name,
    name_sort: companyNameSort(c.name),
    type: c.type,
    industry: c.industry,
    website: c.website,
    phones: JSON.stringify(c.phones),
    emails: JSON.stringify(c.emails),
    address: c.address ? JSON.stringify(c.address) : null,
    tags: JSON.stringify(c.tags),
    owner_id: c.ownerId,
    custom_fields: JSON.stringify(c.customFields),
    search_text: companySearchText(c),
    updated_at: c.updatedAt,
  };
}

export async function createCompany(ctx: Ctx, input: z.output<typeof companyCreate>): Promise<Company> {
  return inTransaction(ctx, async (tx) => {
    const checked = {
      ...input,
      ...(await checkPatch(tx, { ...input, ownerId: input.ownerId === undefined ? tx.user.id : input.ownerId })),
    };
    const at = nowIso();
    const company: Company = {
      id: newId(),
      name: checked.name ?? input.name,
      type: checked.type ?? null,
      industry: checked.industry ?? null,
      website: checked.website ?? null,
      phones: checked.phones ?? [],
      emails: checked.emails ?? [],
      address: checked.address ?? null,
      tags: checked.tags ?? [],
      ownerId: checked.ownerId ?? null,
      customFields: checked.customFields ?? {},
      createdAt: at,
      updatedAt: at,
    };
    await tx.db
      .insertInto('companies')
      .values({ id: company.id, ...toRow(company), created_at: at })
      .execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'create',
      entityType: 'company',
      entityId: company.id,
      changes: diff(null, company, audited),
    });
    return { ...company, contactCount: 0 };
  });
}

export async function updateCompany(ctx: Ctx, id: string, patch: Patch): Promise<Company> {
  return inTransaction(ctx, async (tx) => {
    const before = await getCompany(tx, id);
    assertCanWrite(tx, 'companies', before.ownerId, 'company');
    const checked = await checkPatch(tx, patch.ownerId === before.ownerId ? { ...patch, ownerId: undefined } : patch);
    const defined = Object.fromEntries(Object.entries(checked).filter(([, v]) => v !== undefined));
    const after: Company = { ...before, ...defined, updatedAt: nowIso() };
    await tx.db.updateTable('companies').set(toRow(after)).where('id', '=', id).execute();
    if (after.name !== before.name) {
      // Contacts are found by their company's name too.
      const people = await tx.db.selectFrom('contacts').select('id').where('company_id', '=', id).execute();
      await refreshContacts(
        tx,
        people.map((p) => p.id),
      );
    }
    await notifyNewOwner(tx, 'company', after, before.ownerId, after.ownerId);
    await recordAudit(tx.db, tx.actor, {
      action: 'update',
      entityType: 'company',
      entityId: id,
      changes: diff(before, after, audited),
    });
    return getCompany(tx, id);
  });
}

/** The company's people stay, without a company; its own timeline entries go with it. */
export async function deleteCompany(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getCompany(tx, id);
    assertCanWrite(tx, 'companies', before.ownerId, 'company');
    const people = await tx.db.selectFrom('contacts').select('id').where('company_id', '=', id).execute();
    await tx.db.updateTable('contacts').set({ company_id: null }).where('company_id', '=', id).execute();
    await refreshContacts(
      tx,
      people.map((p) => p.id),
    );
    await tx.db.deleteFrom('companies').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'company',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}
