import { type Contact, DUPLICATE_REASONS, type DuplicateGroup } from '@spilno/schema';
import { sql } from 'kysely';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { assertCanWrite, readScope } from '../../lib/visibility.ts';
import { logSystemActivity } from '../activities/activities.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { adoptAvatar } from './contact-avatar.ts';
import { CONTACT_REFERENCES } from './contact-references.ts';
import { type ContactRecord, presentContact, selectContacts } from './contacts.repo.ts';
import { getContact, updateContact } from './contacts.service.ts';

type Reason = (typeof DUPLICATE_REASONS)[number];

/** Values shared by more than one contact, after `after`, in order; phones and emails by their normalized form. */
async function sharedValues(ctx: Ctx, reason: Reason, after: string, limit: number): Promise<string[]> {
  const owner = readScope(ctx, 'contacts');
  if (reason === 'name') {
    let q = ctx.db.selectFrom('contacts').select('name_sort as value').where('name_sort', '>', after);
    if (owner) q = q.where('owner_id', '=', owner);
    const rows = await q.groupBy('name_sort').having(sql`count(*)`, '>', 1).orderBy('name_sort').limit(limit).execute();
    return rows.map((r) => r.value);
  }
  let q = ctx.db.selectFrom('contact_channels').select('value').where('kind', '=', reason).where('value', '>', after);
  if (owner) q = q.where('contact_id', 'in', (eb) => eb.selectFrom('contacts').select('id').where('owner_id', '=', owner));
  const rows = await q.groupBy('value').having(sql`count(*)`, '>', 1).orderBy('value').limit(limit).execute();
  return rows.map((r) => r.value);
}

async function groupMembers(ctx: Ctx, reason: Reason, value: string): Promise<Contact[]> {
  let q = selectContacts(ctx.db);
  q =
    reason === 'name'
      ? q.where('contacts.name_sort', '=', value)
      : q.where('contacts.id', 'in', (eb) =>
          eb.selectFrom('contact_channels').select('contact_id').where('kind', '=', reason).where('value', '=', value),
        );
  const owner = readScope(ctx, 'contacts');
  if (owner) q = q.where('contacts.owner_id', '=', owner);
  return ((await q.orderBy('contacts.created_at').limit(50).execute()) as ContactRecord[]).map(presentContact);
}

/** Likely duplicates: the same phone, the same email, or the same full name. Cursor: [reason index, last value]. */
export async function listDuplicates(ctx: Ctx, limit: number, cursor?: string) {
  let [reasonIndex, after] = cursor ? (decodeCursor(cursor, 2) as [number, string]) : [0, ''];
  const items: DuplicateGroup[] = [];
  while (reasonIndex < DUPLICATE_REASONS.length && items.length < limit) {
    const reason = DUPLICATE_REASONS[reasonIndex] as Reason;
    const values = await sharedValues(ctx, reason, after, limit - items.length);
    for (const value of values) {
      const contacts = await groupMembers(ctx, reason, value);
      if (contacts.length > 1) items.push({ reason, value, contacts });
      after = value;
    }
    if (values.length < limit - items.length || values.length === 0) {
      reasonIndex++;
      after = '';
    }
  }
  const more = reasonIndex < DUPLICATE_REASONS.length;
  return { items, nextCursor: more ? encodeCursor([reasonIndex, after]) : null };
}

const firstSet = <T>(...values: (T | null | undefined)[]): T | null =>
  values.find((v) => v !== null && v !== undefined && v !== '') ?? null;
const union = <T>(lists: T[][], key: (t: T) => string): T[] => [...new Map(lists.flat().map((t) => [key(t), t])).values()];

/** Keeps the primary; fills its empty fields from the duplicates, unites channels and tags, moves every linked record. */
export async function mergeContacts(ctx: Ctx, primaryId: string, duplicateIds: string[]): Promise<Contact> {
  if (duplicateIds.includes(primaryId))
    throw new AppError('invalid', 'A contact cannot be merged into itself.', [
      { path: 'duplicateIds', message: 'Contains the primary' },
    ]);
  return inTransaction(ctx, async (tx) => {
    const primary = await getContact(tx, primaryId);
    const dups = await Promise.all([...new Set(duplicateIds)].map((id) => getContact(tx, id)));
    for (const c of [primary, ...dups]) assertCanWrite(tx, 'contacts', c.ownerId, 'contact');
    const all = [primary, ...dups];
    for (const ref of CONTACT_REFERENCES) {
      await tx.db
        .updateTable(ref.table)
        .set({ [ref.column]: primaryId })
        .where(ref.column, 'in', duplicateIds)
        .execute();
    }
    const avatarUrl = primary.avatarUrl ?? (await adoptAvatar(tx, primaryId, dups));
    await tx.db.deleteFrom('contacts').where('id', 'in', duplicateIds).execute();
    const merged = await updateContact(
      tx,
      primaryId,
      {
        firstName: firstSet(...all.map((c) => c.firstName)) ?? '',
        lastName: firstSet(...all.map((c) => c.lastName)) ?? '',
        phones: union(
          all.map((c) => c.phones),
          (p) => p.value,
        ),
        emails: union(
          all.map((c) => c.emails),
          (e) => e.value,
        ),
        tags: union(
          all.map((c) => c.tags),
          (t) => t,
        ),
        companyId: firstSet(...all.map((c) => c.companyId)),
        position: firstSet(...all.map((c) => c.position)),
        address: firstSet(...all.map((c) => c.address)),
        birthday: firstSet(...all.map((c) => c.birthday)),
        source: firstSet(...all.map((c) => c.source)),
        customFields: Object.assign({}, ...[...all].reverse().map((c) => c.customFields)),
        avatarUrl,
      },
      { audit: false },
    );
    const lastContacted =
      all
        .map((c) => c.lastContactedAt)
        .filter((v): v is string => Boolean(v))
        .sort()
        .at(-1) ?? null;
    await tx.db.updateTable('contacts').set({ last_contacted_at: lastContacted }).where('id', '=', primaryId).execute();
    const names = dups.map((d) => `${d.firstName} ${d.lastName}`.trim()).join(', ');
    await logSystemActivity(tx, { contactId: primaryId }, `Merged duplicates into this contact: ${names}`);
    await recordAudit(tx.db, tx.actor, {
      action: 'merge',
      entityType: 'contact',
      entityId: primaryId,
      changes: {
        merged: [
          dups.map((d) => ({ id: d.id, firstName: d.firstName, lastName: d.lastName, phones: d.phones, emails: d.emails })),
          primaryId,
        ],
      },
    });
    return { ...merged, lastContactedAt: lastContacted };
  });
}
