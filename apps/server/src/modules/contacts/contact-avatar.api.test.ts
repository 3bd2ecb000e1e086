import { AVATAR_MAX_BYTES } from '@spilno/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;
let marketer: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager', 'Mykola Manager');
  marketer = await userWithRole(t.app, admin, 'marketer', 'Maria Marketer');
});
afterAll(() => t.close());

// A real 1×1 PNG and the first bytes of a JPEG: the server goes by these signatures.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF photo bytes')]);

/** A browser's multipart upload; `type` is what the client claims, which the server ignores. */
function upload(caller: Caller, contactId: string, bytes: Buffer, type = 'image/png', name = 'me.png') {
  const boundary = '----spilno-avatar';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/contacts/${contactId}/avatar`,
    payload,
    headers: { authorization: `Bearer ${caller.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

async function newContact(caller: Caller, firstName: string): Promise<{ id: string; avatarUrl: string | null }> {
  const res = await caller.post('/api/v1/contacts', { firstName });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('contact avatars', () => {
  it('stores an uploaded PNG and serves it with the contact’s visibility and long caching', async () => {
    const contact = await newContact(manager, 'Photo');
    const res = await upload(manager, contact.id, PNG);
    expect(res.statusCode, res.body).toBe(200);
    const url: string = res.json().avatarUrl;
    expect(url).toMatch(new RegExp(`^/api/v1/contacts/${contact.id}/avatar\\?v=[0-9a-f]{32}$`));
    expect((await manager.get(`/api/v1/contacts/${contact.id}`)).json().avatarUrl).toBe(url);
    // A client that sends the contact back as it read it keeps the photo.
    const resent = await manager.patch(`/api/v1/contacts/${contact.id}`, { firstName: 'Photo', avatarUrl: url });
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json().avatarUrl).toBe(url);

    // Anyone who may read the contact sees the photo, byte for byte, cacheable for good at its address.
    const photo = await marketer.get(url);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(PNG)).toBe(true);
    expect(photo.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    const etag = String(photo.headers.etag);
    const again = await t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${marketer.token}`, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    // Without the hash the address may show another photo later, so it is checked each time.
    expect((await marketer.get(`/api/v1/contacts/${contact.id}/avatar`)).headers['cache-control']).toBe('private, no-cache');

    // Without a session there is nothing to see; an unknown contact is not found.
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await manager.get(`/api/v1/contacts/${newId()}/avatar`)).statusCode).toBe(404);
  });

  it('replaces and removes the photo, each change in the audit log', async () => {
    const contact = await newContact(manager, 'Replace');
    const first = (await upload(manager, contact.id, PNG)).json().avatarUrl;
    const second = await upload(manager, contact.id, JPEG, 'image/png', 'looks-like.png');
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().avatarUrl).not.toBe(first);
    const photo = await manager.get(second.json().avatarUrl);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.rawPayload.equals(JPEG)).toBe(true);

    const removed = await manager.delete(`/api/v1/contacts/${contact.id}/avatar`);
    expect(removed.statusCode).toBe(204);
    expect((await manager.get(`/api/v1/contacts/${contact.id}`)).json().avatarUrl).toBeNull();
    expect((await manager.get(`/api/v1/contacts/${contact.id}/avatar`)).statusCode).toBe(404);

    const log = (await admin.get(`/api/v1/audit-log?entityType=contact&entityId=${contact.id}`)).json().items;
    const changes = log
      .filter((e: { action: string }) => e.action === 'update')
      .map((e: { changes: { avatarUrl: [unknown, unknown] } }) => e.changes.avatarUrl);
    expect(changes).toHaveLength(3);
    expect(changes).toContainEqual([null, first]);
    expect(changes).toContainEqual([second.json().avatarUrl, null]);
  });

  it('refuses a file that is not an image, whatever it claims, and one over 2 MB', async () => {
    const contact = await newContact(manager, 'Refused');
    const text = await upload(manager, contact.id, Buffer.from('<svg onload="alert(1)"></svg>'), 'image/png', 'evil.png');
    expect(text.statusCode).toBe(415);
    expect(text.json().detail).toMatch(/PNG, JPEG or WebP/);

    const huge = Buffer.concat([PNG, Buffer.alloc(AVATAR_MAX_BYTES, 0)]);
    expect((await upload(manager, contact.id, huge)).statusCode).toBe(413);
    // Just under the limit is fine.
    const fits = Buffer.concat([PNG, Buffer.alloc(AVATAR_MAX_BYTES - PNG.length, 0)]);
    expect((await upload(manager, contact.id, fits)).statusCode).toBe(200);

    expect((await manager.post(`/api/v1/contacts/${contact.id}/avatar`, { file: 'x' })).statusCode).toBe(415);
    const untouched = await newContact(manager, 'Untouched');
    await upload(manager, untouched.id, Buffer.from('GIF89a'), 'image/gif', 'a.gif');
    expect((await manager.get(`/api/v1/contacts/${untouched.id}`)).json().avatarUrl).toBeNull();
  });

  it('lets only those who may change the contact change its photo', async () => {
    const theirs = await newContact(admin, 'Admin owned');
    expect((await upload(manager, theirs.id, PNG)).statusCode).toBe(403);
    expect((await manager.delete(`/api/v1/contacts/${theirs.id}/avatar`)).statusCode).toBe(403);
    expect((await upload(marketer, theirs.id, PNG)).statusCode).toBe(403);
    expect((await upload(admin, theirs.id, PNG)).statusCode).toBe(200);
    // Deleting the contact takes its photo along.
    expect((await admin.delete(`/api/v1/contacts/${theirs.id}`)).statusCode).toBe(204);
    const left = await t.database.db
      .selectFrom('contact_avatars')
      .select('contact_id')
      .where('contact_id', '=', theirs.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('keeps the duplicate’s uploaded photo when the kept contact has none (merge)', async () => {
    const kept = await newContact(admin, 'Kept');
    const duplicate = await newContact(admin, 'Duplicate');
    const uploaded = (await upload(admin, duplicate.id, PNG)).json().avatarUrl as string;
    const merged = await admin.post('/api/v1/contacts/merge', { primaryId: kept.id, duplicateIds: [duplicate.id] });
    expect(merged.statusCode, merged.body).toBe(200);
    const hash = uploaded.split('v=')[1];
    expect(merged.json().avatarUrl).toBe(`/api/v1/contacts/${kept.id}/avatar?v=${hash}`);
    const photo = await admin.get(merged.json().avatarUrl);
    expect(photo.statusCode).toBe(200);
    expect(photo.rawPayload.equals(PNG)).toBe(true);
  });
});
