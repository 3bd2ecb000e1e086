import type { Contact, ContactInput, contactUpdate } from '@spilno/schema';
import type { z } from 'zod';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { chunks } from '../../lib/chunks.ts';
import { newId } from '../../lib/ids.ts';
import { nowIso } from '../../lib/time.ts';
import { assertCanWrite, canRead } from '../../lib/visibility.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { notifyNewOwner } from '../notifications/notifications.assigned.ts';
import { type ContactLookups, checkContactPatch, consentDates } from './contact-input.ts';
import { contactNameSort, contactSearchText } from './contact-search-text.ts';
import { findContact, presentContact } from './contacts.repo.ts';

type Patch = z.output<typeof contactUpdate>;
const audited = [
  'firstName',
  'lastName',
  'phones',
  'emails',
  'companyId',
  'position',
  'address',
  'birthday',
  'source',
  'preferences',
  'tags',
  'emailConsent',
  'smsConsent',
  'ownerId',
  'customFields',
  'avatarUrl',
] as const;

/** A contact the caller may read, or 404. */
export async function getContact(ctx: Ctx, id: string): Promise<Contact> {
  const row = await findContact(ctx.db, id);
  if (!row || !canRead(ctx, 'contacts', row.owner_id)) throw notFound('contact');
  return presentContact(row);
}

async function companyName(ctx: Ctx, companyId: string | null): Promise<string | null> {
  if (!companyId) return null;
  const row = await ctx.db.selectFrom('companies').select('name').where('id', '=', companyId).executeTakeFirst();
  return row?.name ?? null;
}

/** The derived columns and side tables (channels for matching, tags for filtering) of a contact's new state. */
async function writeDerived(ctx: Ctx, c: Contact, previous: Contact | null): Promise<void> {
  const at = nowIso();
  const name_sort = contactNameSort(c);
  const search_text = contactSearchText({ ...c, companyName: await companyName(ctx, c.companyId), notes: c.preferences.notes });
  await ctx.db.updateTable('contacts').set({ name_sort, search_text }).where('id', '=', c.id).execute();
  const channels = [...c.phones.map((p) => ['phone', p.value] as const), ...c.emails.map((e) => ['email', e.value] as const)];
  const sameChannels = previous && JSON.stringify([previous.phones, previous.emails]) === JSON.stringify([c.phones, c.emails]);
  if (!sameChannels) {
    await ctx.db.deleteFrom('contact_channels').where('contact_id', '=', c.id).execute();
    if (channels.length) {
      const rows = channels.map(([kind, value]) => ({ contact_id: c.id, kind, value, created_at: at, updated_at: at }));
      await ctx.db
        .insertInto('contact_channels')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  const sameTags =
    previous && JSON.stringify(previous.tags) === JSON.stringify(c.tags) && contactNameSort(previous) === name_sort;
  if (!sameTags) {
    await ctx.db.deleteFrom('contact_tags').where('contact_id', '=', c.id).execute();
    if (c.tags.length) {
      await ctx.db
        .insertInto('contact_tags')
        .values(c.tags.map((tag) => ({ contact_id: c.id, tag, name_sort, created_at: at, updated_at: at })))
        .execute();
    }
  }
}

function toRow(c: Contact) {
  return {
    first_name: c.firstName,
    last_name: c.lastName,
    phones: JSON.stringify(c.phones),
    emails: JSON.stringify(c.emails),
    company_id: c.companyId,
    position: c.position,
    address: c.address ? JSON.stringify(c.address) : null,
    birthday: c.birthday,
    source: c.source,
    preferences: JSON.stringify(c.preferences),
    tags: JSON.stringify(c.tags),
    email_consent: c.emailConsent ? 1 : 0,
    email_consent_at: c.emailConsentAt,
    sms_consent: c.smsConsent ? 1 : 0,
    sms_consent_at: c.smsConsentAt,
    owner_id: c.ownerId,
    custom_fields: JSON.stringify(c.customFields),
    avatar_url: c.avatarUrl,
    updated_at: c.updatedAt,
  };
}

/** A new contact from the caller's input, checked and not yet written (`insertContacts` writes it). */
export async function buildContact(ctx: Ctx, input: ContactInput, lookups?: ContactLookups): Promise<Contact> {
  const checked = await checkContactPatch(
    ctx,
    { ...input, ownerId: input.ownerId === undefined ? ctx.user.id : input.ownerId },
    lookups,
  );
  const at = nowIso();
  const merged = { ...input, ...checked };
  return {
    id: newId(),
    firstName: merged.firstName,
    lastName: merged.lastName,
    phones: merged.phones ?? [],
    emails: merged.emails ?? [],
    companyId: merged.companyId ?? null,
    companyName: null,
    position: merged.position ?? null,
    address: merged.address ?? null,
    birthday: merged.birthday ?? null,
    source: merged.source ?? null,
    preferences: merged.preferences ?? {},
    tags: merged.tags ?? [],
    emailConsent: merged.emailConsent ?? false,
    smsConsent: merged.smsConsent ?? false,
    ownerId: merged.ownerId ?? null,
    customFields: merged.customFields ?? {},
    avatarUrl: merged.avatarUrl ?? null,
    lastContactedAt: null,
    createdAt: at,
    updatedAt: at,
    emailConsentAt: merged.emailConsent ? at : null,
    smsConsentAt: merged.smsConsent ? at : null,
  };
}

/** Contact rows per INSERT: 24 columns × 400 stays under SQLite's 32,766 bound parameters. */
const CONTACT_ROWS = 400;

async function insertChunked<T extends 'contacts' | 'contact_channels' | 'contact_tags'>(
  ctx: Ctx,
  table: T,
  rows: Parameters<ReturnType<Ctx['db']['insertInto']>['values']>[0][],
) {
  for (const slice of chunks(rows, CONTACT_ROWS)) {
    await ctx.db
      .insertInto(table)
      .values(slice as never)
      .execute();
  }
}

/**
 * Writes new contacts with their derived columns (sort name, search text) and side tables
 * (channels, tags), many rows per statement: an import writes a batch of them at once.
 */
export async function insertContacts(ctx: Ctx, contacts: Contact[]): Promise<void> {
  if (!contacts.length) return;
  const companyIds = [...new Set(contacts.map((c) => c.companyId).filter((id): id is string => !!id))];
  const companyNames = new Map<string, string>();
  for (const slice of chunks(companyIds)) {
    const rows = await ctx.db.selectFrom('companies').select(['id', 'name']).where('id', 'in', slice).execute();
    for (const r of rows) companyNames.set(r.id, r.name);
  }
  const contactRows = [];
  const channelRows = [];
  const tagRows = [];
  for (const c of contacts) {
    const at = c.createdAt;
    const name_sort = contactNameSort(c);
    const companyName = c.companyId ? (companyNames.get(c.companyId) ?? null) : null;
    const search_text = contactSearchText({ ...c, companyName, notes: c.preferences.notes });
    contactRows.push({ id: c.id, ...toRow(c), name_sort, search_text, created_at: at, last_contacted_at: null });
    for (const [kind, list] of [
      ['phone', c.phones],
      ['email', c.emails],
    ] as const)
      for (const { value } of list) channelRows.push({ contact_id: c.id, kind, value, created_at: at, updated_at: at });
    for (const tag of c.tags) tagRows.push({ contact_id: c.id, tag, name_sort, created_at: at, updated_at: at });
  }
  await insertChunked(ctx, 'contacts', contactRows);
  await insertChunked(ctx, 'contact_channels', channelRows);
  await insertChunked(ctx, 'contact_tags', tagRows);
}

export async function createContact(ctx: Ctx, input: ContactInput, opts: { audit?: boolean } = {}): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    const contact = await buildContact(tx, input);
    await insertContacts(tx, [contact]);
    if (opts.audit !== false) {
      await recordAudit(tx.db, tx.actor, {
        action: 'create',
        entityType: 'contact',
        entityId: contact.id,
        changes: diff(null, contact, audited),
      });
    }
    return getContact(tx, contact.id);
  });
}

const mapConsent = (d: { email_consent_at: string | null; sms_consent_at: string | null }) => ({
  emailConsentAt: d.email_consent_at,
  smsConsentAt: d.sms_consent_at,
});

export async function updateContact(ctx: Ctx, id: string, patch: Patch, opts: { audit?: boolean } = {}): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    const before = await getContact(tx, id);
    assertCanWrite(tx, 'contacts', before.ownerId, 'contact');
    const checked = await checkContactPatch(tx, patch.ownerId === before.ownerId ? { ...patch, ownerId: undefined } : patch);
    const at = nowIso();
    const after: Contact = { ...before, ...stripUndefined(checked), updatedAt: at } as Contact;
    Object.assign(after, mapConsent(consentDates(before, after, at)));
    await tx.db.updateTable('contacts').set(toRow(after)).where('id', '=', id).execute();
    const name = `${after.firstName} ${after.lastName}`.trim();
    await notifyNewOwner(tx, 'contact', { id, name }, before.ownerId, after.ownerId);
    await writeDerived(tx, after, before);
    if (opts.audit !== false) {
      await recordAudit(tx.db, tx.actor, {
        action: 'update',
        entityType: 'contact',
        entityId: id,
        changes: diff(before, after, audited),
      });
    }
    return getContact(tx, id);
  });
}

const stripUndefined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export async function deleteContact(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getContact(tx, id);
    assertCanWrite(tx, 'contacts', before.ownerId, 'contact');
    await tx.db.deleteFrom('contacts').where('id', '=', id).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'delete',
      entityType: 'contact',
      entityId: id,
      changes: diff(before, null, audited),
    });
  });
}

/** Deletes many at once (bulk, import undo); the caller has checked who may and records one audit entry. */
export async function deleteContacts(ctx: Ctx, ids: string[]): Promise<number> {
  let deleted = 0;
  for (const slice of chunks(ids)) {
    const result = await ctx.db.deleteFrom('contacts').where('id', 'in', slice).executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}

/** Recomputes search text and tag rows after something they depend on changed elsewhere (company name). */
export async function refreshContacts(ctx: Ctx, ids: string[]): Promise<void> {
  for (const id of ids) {
    const contact = await findContact(ctx.db, id);
    if (contact) await writeDerived(ctx, presentContact(contact), null);
  }
}
