import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ctxOfUser } from '../../http/context.ts';
import { type Caller, PASSWORD, registerAdmin, signIn, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';
import { handOver } from './users.handover.ts';

let t: TestApp;
let admin: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
});
afterAll(() => t.close());

describe('users and roles', () => {
  it('lets an admin create, edit, deactivate and delete users, each audited', async () => {
    const created = await admin.post('/api/v1/users', {
      email: 'iryna@example.com',
      name: 'Iryna',
      password: PASSWORD,
      role: 'marketer',
      locale: 'uk',
    });
    expect(created.statusCode).toBe(201);
    const iryna = created.json();
    expect(iryna).toMatchObject({ role: 'marketer', status: 'active', locale: 'uk' });
    expect(iryna).not.toHaveProperty('passwordHash');

    const edited = await admin.patch(`/api/v1/users/${iryna.id}`, { role: 'manager', name: 'Iryna Koval' });
    expect(edited.json()).toMatchObject({ role: 'manager', name: 'Iryna Koval' });

    const session = await signIn(t.app, 'iryna@example.com');
    expect((await admin.patch(`/api/v1/users/${iryna.id}`, { status: 'deactivated' })).statusCode).toBe(200);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'iryna@example.com', password: PASSWORD },
    });
    expect(login.statusCode).toBe(403);
    expect(login.json().detail).toMatch(/deactivated/);

    expect((await admin.delete(`/api/v1/users/${iryna.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/v1/users/${iryna.id}`)).statusCode).toBe(404);

    const log = (await admin.get(`/api/v1/audit-log?entityType=user&entityId=${iryna.id}`)).json().items as {
      action: string;
      changes: Record<string, [unknown, unknown]>;
      userId: string;
    }[];
    expect(log.map((e) => e.action)).toEqual(['delete', 'update', 'role_change', 'update', 'create']);
    expect(log.find((e) => e.action === 'role_change')?.changes.role).toEqual(['marketer', 'manager']);
    expect(log.every((e) => e.userId === admin.user.id)).toBe(true);
    expect(JSON.stringify(log)).not.toContain('argon2');
  });

  it('protects the last active admin and the caller’s own account', async () => {
    expect((await admin.delete(`/api/v1/users/${admin.user.id}`)).statusCode).toBe(409);
    const demote = await admin.patch(`/api/v1/users/${admin.user.id}`, { role: 'manager' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().detail).toMatch(/last active administrator/);
    const second = await userWithRole(t.app, admin, 'admin');
    expect((await second.patch(`/api/v1/users/${admin.user.id}`, { role: 'manager' })).statusCode).toBe(200);
    expect((await second.patch(`/api/v1/users/${admin.user.id}`, { role: 'admin' })).statusCode).toBe(200);
  });

  it('refuses a duplicate email on edit', async () => {
    const m = await userWithRole(t.app, admin, 'manager');
    const res = await admin.patch(`/api/v1/users/${m.user.id}`, { email: 'olena@example.com' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('email');
  });

  it('lists users sorted by name with search, filters and keyset pages', async () => {
    for (const name of ['Andriy', 'Bohdan', 'Chiara', 'Dmytro', 'Elena']) {
      await admin.post('/api/v1/users', {
        email: `${name.toLowerCase()}@example.com`,
        name,
        password: PASSWORD,
        role: 'support',
      });
    }
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await admin.get(`/api/v1/users?role=support&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const body = res.json() as { items: { name: string }[]; nextCursor: string | null };
      names.push(...body.items.map((u) => u.name));
      cursor = body.nextCursor;
    } while (cursor);
    expect(names).toEqual(['Andriy', 'Bohdan', 'Chiara', 'Dmytro', 'Elena']);
    const found = (await admin.get('/api/v1/users?q=HIAR')).json().items;
    expect(found.map((u: { name: string }) => u.name)).toEqual(['Chiara']);
    expect((await admin.get('/api/v1/users?q=50%25_off')).json().items).toEqual([]);
    expect((await admin.get('/api/v1/users?cursor=garbage')).statusCode).toBe(400);
  });

  it('lets each user edit only their own profile fields', async () => {
    const m = await userWithRole(t.app, admin, 'manager');
    const res = await m.patch('/api/v1/auth/me', { name: 'Marco Rossi', locale: 'it', theme: 'dark' });
    expect(res.json()).toMatchObject({ name: 'Marco Rossi', locale: 'it', theme: 'dark', role: 'manager' });
    const escalate = await m.patch('/api/v1/auth/me', { role: 'admin' });
    expect(escalate.statusCode).toBe(400);
    expect(escalate.json().errors).toEqual([{ path: 'role', message: 'Unknown field' }]);
    expect((await m.patch(`/api/v1/users/${m.user.id}`, { role: 'admin' })).statusCode).toBe(403);
  });
});

describe('audit log', () => {
  it('filters by user, action, entity and date range, newest first, paginated', async () => {
    const all = (await admin.get('/api/v1/audit-log?limit=200')).json().items as {
      id: string;
      createdAt: string;
      action: string;
    }[];
    expect(all.length).toBeGreaterThan(10);
    const ids = all.map((e) => e.id);
    expect([...ids].sort().reverse()).toEqual(ids);

    const logins = (await admin.get('/api/v1/audit-log?action=login&limit=200')).json().items as { action: string }[];
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.every((e) => e.action === 'login')).toBe(true);

    const mine = (await admin.get(`/api/v1/audit-log?userId=${admin.user.id}&limit=200`)).json().items as { userId: string }[];
    expect(mine.every((e) => e.userId === admin.user.id)).toBe(true);

    const future = (await admin.get(`/api/v1/audit-log?from=${encodeURIComponent('2999-01-01T00:00:00Z')}`)).json().items;
    expect(future).toEqual([]);
    const oldest = all.at(-1)?.createdAt as string;
    const upTo = (await admin.get(`/api/v1/audit-log?limit=200&to=${encodeURIComponent(oldest)}`)).json().items;
    expect(upTo).toEqual([]);

    const first = (await admin.get('/api/v1/audit-log?limit=3')).json();
    const second = (await admin.get(`/api/v1/audit-log?limit=3&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((e: { id: string }) => e.id)).toEqual(ids.slice(0, 6));
  });

  it('is for admins only', async () => {
    for (const role of ['manager', 'marketer', 'support'] as const) {
      const u = await userWithRole(t.app, admin, role);
      expect((await u.get('/api/v1/audit-log')).statusCode).toBe(403);
    }
  });
});

describe('what a user owns', () => {
  it('counts the records a handover would move, for admins only', async () => {
    const owner = await userWithRole(t.app, admin, 'manager', 'Owner Manager');
    for (const firstName of ['One', 'Two']) await owner.post('/api/v1/contacts', { firstName });
    await owner.post('/api/v1/companies', { name: 'Owned Co' });
    const res = await admin.get(`/api/v1/users/${owner.user.id}/owned`);
    expect(res.statusCode).toBe(200);
    expect(res.json().counts).toMatchObject({ contacts: 2, companies: 1, leads: 0, deals: 0, orders: 0 });
    expect((await owner.get(`/api/v1/users/${owner.user.id}/owned`)).statusCode).toBe(403);
    expect((await admin.get('/api/v1/users/01900000-0000-7000-8000-000000000000/owned')).statusCode).toBe(404);

    // After a handover the counts say so: nothing left with the one who leaves.
    const heir = await userWithRole(t.app, admin, 'manager', 'Heir Manager');
    const moved = await admin.post(`/api/v1/users/${owner.user.id}/handover`, { toUserId: heir.user.id });
    expect(moved.json().moved).toMatchObject({ contacts: 2, companies: 1 });
    const after = (await admin.get(`/api/v1/users/${owner.user.id}/owned`)).json().counts;
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    expect((await admin.get(`/api/v1/users/${heir.user.id}/owned`)).json().counts).toMatchObject({ contacts: 2, companies: 1 });
  });

  it('hands over in batches, each audited, and a second run finds nothing left', async () => {
    const leaving = await userWithRole(t.app, admin, 'manager', 'Batch Leaver');
    const heir = await userWithRole(t.app, admin, 'manager', 'Batch Heir');
    for (let i = 0; i < 5; i++) await leaving.post('/api/v1/contacts', { firstName: `Batch${i}` });
    const ctx = await ctxOfUser(t.app.deps.db, t.app.deps.engine, admin.user.id, { ip: null, userAgent: null });
    expect(await handOver(ctx, leaving.user.id, heir.user.id, 2)).toMatchObject({ contacts: 5, companies: 0 });
    const audit = (await admin.get(`/api/v1/audit-log?action=handover&entityId=${leaving.user.id}`)).json().items;
    const sizes = audit.map((e: { changes: { moved: [null, { contacts: number }] } }) => e.changes.moved[1].contacts);
    expect(sizes.sort()).toEqual([1, 2, 2]);
    expect(await handOver(ctx, leaving.user.id, heir.user.id, 2)).toMatchObject({ contacts: 0 });
    expect((await admin.get(`/api/v1/users/${heir.user.id}/owned`)).json().counts).toMatchObject({ contacts: 5 });
  });
});
