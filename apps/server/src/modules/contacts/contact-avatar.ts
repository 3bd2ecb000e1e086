import { createHash } from 'node:crypto';
import type { AVATAR_TYPES, Contact } from '@spilno/schema';
import { type Ctx, inTransaction } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { nowIso } from '../../lib/time.ts';
import { assertCanWrite } from '../../lib/visibility.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getContact } from './contacts.service.ts';

type ImageType = (typeof AVATAR_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image type by its first bytes; the name and type the browser sent are not trusted. */
export function detectImage(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** Where the web app loads a contact's uploaded photo; the hash changes the address when the photo does. */
export const avatarAddress = (contactId: string, hash: string) => `/api/v1/contacts/${contactId}/avatar?v=${hash}`;

async function setAvatarUrl(ctx: Ctx, before: Contact, url: string | null): Promise<Contact> {
  await ctx.db.updateTable('contacts').set({ avatar_url: url, updated_at: nowIso() }).where('id', '=', before.id).execute();
  // The log says that the photo changed, not its bytes (as for the company logo).
  await recordAudit(ctx.db, ctx.actor, {
    action: 'update',
    entityType: 'contact',
    entityId: before.id,
    changes: { avatarUrl: [before.avatarUrl, url] },
  });
  return getContact(ctx, before.id);
}

/**
 * A merge keeps a photo when the kept contact has none: the first duplicate's, uploaded (the
 * stored image moves to the kept contact, under its address) or linked. Answers the new avatar URL.
 */
export async function adoptAvatar(ctx: Ctx, primaryId: string, duplicates: Contact[]): Promise<string | null> {
  const donor = duplicates.find((c) => c.avatarUrl);
  if (!donor) return null;
  await ctx.db.deleteFrom('contact_avatars').where('contact_id', '=', primaryId).execute();
  const moved = await ctx.db
    .updateTable('contact_avatars')
    .set({ contact_id: primaryId, updated_at: nowIso() })
    .where('contact_id', '=', donor.id)
    .returning('hash')
    .executeTakeFirst();
  return moved ? avatarAddress(primaryId, moved.hash) : donor.avatarUrl;
}

/** Stores (or replaces) a contact's photo and points the contact at it. */
export async function saveAvatar(ctx: Ctx, contactId: string, bytes: Uint8Array): Promise<Contact> {
  const mime = detectImage(bytes);
  if (!mime) throw new AppError('unsupported_media_type', 'The photo must be a PNG, JPEG or WebP image.');
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return inTransaction(ctx, async (tx) => {
    const before = await getContact(tx, contactId);
    assertCanWrite(tx, 'contacts', before.ownerId, 'contact');
    const at = nowIso();
    const row = { mime, size: bytes.byteLength, hash, data: Buffer.from(bytes), updated_at: at };
    await tx.db
      .insertInto('contact_avatars')
      .values({ contact_id: contactId, ...row, created_at: at })
      .onConflict((oc) => oc.column('contact_id').doUpdateSet(row))
      .execute();
    return setAvatarUrl(tx, before, avatarAddress(contactId, hash));
  });
}

/** Removes the photo, uploaded or linked, so the contact shows initials again. */
export async function removeAvatar(ctx: Ctx, contactId: string): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    const before = await getContact(tx, contactId);
    assertCanWrite(tx, 'contacts', before.ownerId, 'contact');
    await tx.db.deleteFrom('contact_avatars').where('contact_id', '=', contactId).execute();
    return before.avatarUrl === null ? before : setAvatarUrl(tx, before, null);
  });
}

/** The stored photo of a contact the caller may read; 404 for one they may not, or without a photo. */
export async function readAvatar(ctx: Ctx, contactId: string) {
  await getContact(ctx, contactId);
  const row = await ctx.db
    .selectFrom('contact_avatars')
    .select(['mime', 'hash', 'data'])
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  if (!row) throw notFound('photo');
  return { mime: row.mime, hash: row.hash, data: Buffer.from(row.data) };
}
