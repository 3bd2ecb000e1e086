import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoIn } from '../../lib/time.ts';
import { type Caller, callerFor, PASSWORD, registerAdmin, signIn, startTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload, headers });

describe('first run and sign-up', () => {
  it('asks for setup until the first user exists, who becomes an active admin and is signed in', async () => {
    expect((await t.app.inject('/api/v1/auth/setup')).json()).toEqual({ needsSetup: true });
    admin = await registerAdmin(t.app);
    expect(admin.user).toMatchObject({ role: 'admin', status: 'active', email: 'olena@example.com' });
    expect((await t.app.inject('/api/v1/auth/setup')).json()).toEqual({ needsSetup: false });
    const me = await admin.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(admin.user.id);
  });

  it('leaves later sign-ups pending until an admin activates them with a role', async () => {
    const res = await post('/api/v1/auth/register', { email: 'Taras@Example.com', password: PASSWORD, name: 'Taras' });
    expect(res.statusCode).toBe(201);
    expect(res.json().token).toBeUndefined();
    const pending = res.json().user;
    expect(pending).toMatchObject({ status: 'pending', email: 'taras@example.com' });

    const refused = await post('/api/v1/auth/login', { email: 'taras@example.com', password: PASSWORD });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/waiting for an administrator/);

    const activated = await admin.patch(`/api/v1/users/${pending.id}`, { status: 'active', role: 'support' });
    expect(activated.json()).toMatchObject({ status: 'active', role: 'support' });
    const taras = await signIn(t.app, 'taras@example.com');
    expect(taras.user.role).toBe('support');
  });

  it('refuses duplicate emails, short and common passwords with field errors', async () => {
    const dup = await post('/api/v1/auth/register', { email: 'olena@example.com', password: PASSWORD, name: 'X' });
    expect(dup.statusCode).toBe(409);
    const short = await post('/api/v1/auth/register', { email: 'a@example.com', password: 'short', name: 'X' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].path).toBe('password');
    const common = await post('/api/v1/auth/register', { email: 'b@example.com', password: 'qwertyuiop', name: 'X' });
    expect(common.statusCode).toBe(400);
    expect(common.json().detail).toMatch(/commonly used/);
  });

  it('stores argon2id hashes, never the password', async () => {
    const row = await t.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'olena@example.com')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });
});

describe('sessions', () => {
  it('signs in with a cookie, and cookie writes need the CSRF token', async () => {
    const res = await post('/api/v1/auth/login', { email: 'olena@example.com', password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c]));
    expect(cookies.spilno_session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookies.spilno_csrf?.httpOnly).toBeFalsy();
    const cookie = `spilno_session=${cookies.spilno_session?.value}; spilno_csrf=${cookies.spilno_csrf?.value}`;

    const read = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(read.statusCode).toBe(200);
    const noToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie },
      payload: { name: 'Olena K' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().detail).toMatch(/CSRF/);
    const wrongToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie, 'x-csrf-token': 'nope' },
      payload: { name: 'Olena K' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie, 'x-csrf-token': res.json().csrfToken },
      payload: { name: 'Olena K', theme: 'dark', locale: 'uk' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Olena K', theme: 'dark', locale: 'uk' });
  });

  it('marks Secure cookies when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      await registerAdmin(proxied.app);
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'olena@example.com', password: PASSWORD },
      });
      expect(res.cookies.every((c) => c.secure)).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('logout revokes the session', async () => {
    const s = await signIn(t.app, 'olena@example.com');
    expect((await s.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await s.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('expires sessions after the idle timeout and after the absolute lifetime', async () => {
    const idle = await signIn(t.app, 'olena@example.com');
    const absolute = await signIn(t.app, 'olena@example.com');
    const sessions = (await idle.get('/api/v1/auth/sessions')).json().items as { id: string; current: boolean }[];
    const idleId = sessions.find((s) => s.current)?.id as string;
    const absoluteId = (await absolute.get('/api/v1/auth/sessions')).json().items.find((s: { current: boolean }) => s.current).id;
    const { db } = t.database;
    await db
      .updateTable('sessions')
      .set({ last_seen_at: isoIn(-8 * 3600_000 - 1000) })
      .where('id', '=', idleId)
      .execute();
    await db
      .updateTable('sessions')
      .set({ expires_at: isoIn(-1000) })
      .where('id', '=', absoluteId)
      .execute();
    expect((await idle.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await absolute.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('lets a user list and revoke their own sessions, not anyone else’s', async () => {
    const a = await signIn(t.app, 'olena@example.com');
    const b = await signIn(t.app, 'olena@example.com');
    const other = await signIn(t.app, 'taras@example.com');
    const listed = (await a.get('/api/v1/auth/sessions')).json().items as { id: string; current: boolean }[];
    const bId = (await b.get('/api/v1/auth/sessions')).json().items.find((s: { current: boolean }) => s.current).id;
    expect(listed.map((s) => s.id)).toContain(bId);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect((await other.delete(`/api/v1/auth/sessions/${bId}`)).statusCode).toBe(404);
    expect((await a.delete(`/api/v1/auth/sessions/${bId}`)).statusCode).toBe(204);
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('password change needs the current password and signs out the other sessions', async () => {
    const keep = await signIn(t.app, 'taras@example.com');
    const other = await signIn(t.app, 'taras@example.com');
    const wrong = await keep.post('/api/v1/auth/password', { currentPassword: 'not-it-at-all', newPassword: 'Dnipro-bridge-77' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('currentPassword');
    expect(
      (await keep.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'Dnipro-bridge-77' })).statusCode,
    ).toBe(204);
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await keep.get('/api/v1/auth/me')).statusCode).toBe(200);
    await signIn(t.app, 'taras@example.com', 'Dnipro-bridge-77');
    expect(
      (await keep.post('/api/v1/auth/password', { currentPassword: 'Dnipro-bridge-77', newPassword: PASSWORD })).statusCode,
    ).toBe(204);
  });

  it('accepts no bearer token that is unknown', async () => {
    const stranger = callerFor(t.app, admin.user, 'made-up-token');
    expect((await stranger.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await t.app.inject('/api/v1/auth/me')).json()).toMatchObject({ status: 401, title: 'Not signed in' });
  });
});

describe('password reset', () => {
  it('mails a one-time, expiring link and signs the user out everywhere', async () => {
    const before = await signIn(t.app, 'taras@example.com');
    const unknown = await post('/api/v1/auth/password-reset/request', { email: 'nobody@example.com' });
    expect(unknown.statusCode).toBe(202);
    expect(t.mailer.sent).toHaveLength(0);

    expect((await post('/api/v1/auth/password-reset/request', { email: 'taras@example.com' })).statusCode).toBe(202);
    const mail = t.mailer.sent.at(-1);
    expect(mail?.to).toBe('taras@example.com');
    const token = decodeURIComponent(/token=([^\s]+)/.exec(mail?.text ?? '')?.[1] ?? '');
    expect(token.length).toBeGreaterThan(20);

    const weak = await post('/api/v1/auth/password-reset/confirm', { token, password: 'password123' });
    expect(weak.statusCode).toBe(400);
    expect((await post('/api/v1/auth/password-reset/confirm', { token, password: 'Lviv-coffee-2026' })).statusCode).toBe(204);
    expect((await post('/api/v1/auth/password-reset/confirm', { token, password: 'Lviv-coffee-2027' })).statusCode).toBe(400);
    expect((await before.get('/api/v1/auth/me')).statusCode).toBe(401);
    await signIn(t.app, 'taras@example.com', 'Lviv-coffee-2026');
  });

  it('refuses an expired token', async () => {
    await post('/api/v1/auth/password-reset/request', { email: 'taras@example.com' });
    const token = decodeURIComponent(/token=([^\s]+)/.exec(t.mailer.sent.at(-1)?.text ?? '')?.[1] ?? '');
    await t.database.db
      .updateTable('password_resets')
      .set({ expires_at: isoIn(-1000) })
      .where('used_at', 'is', null)
      .execute();
    const res = await post('/api/v1/auth/password-reset/confirm', { token, password: 'Odesa-harbour-99' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/expired/);
  });
});

describe('brute-force defence and login history', () => {
  it('locks an account for 30 minutes after 5 failures, even for the right password', async () => {
    const victim = 'victim@example.com';
    await admin.post('/api/v1/users', { email: victim, name: 'Victim', password: PASSWORD, role: 'manager' });
    for (let i = 0; i < 5; i++) {
      expect((await post('/api/v1/auth/login', { email: victim, password: `wrong-${i}-password` })).statusCode).toBe(401);
    }
    const locked = await post('/api/v1/auth/login', { email: victim, password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().detail).toMatch(/blocked for 30 more minute/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(29 * 60);

    // 31 minutes later the lock is gone.
    await t.database.db
      .updateTable('login_attempts')
      .set({ created_at: isoIn(-31 * 60_000) })
      .where('email', '=', victim)
      .execute();
    expect((await post('/api/v1/auth/login', { email: victim, password: PASSWORD })).statusCode).toBe(200);
  });

  it('locks an address after 20 failures across accounts', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    const proxied = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      await registerAdmin(proxied.app);
      for (let i = 0; i < 20; i++) {
        const res = await proxied.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          headers,
          payload: { email: `guess${i}@example.com`, password: 'wrong-password-1' },
        });
        expect(res.statusCode).toBe(401);
      }
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers,
        payload: { email: 'olena@example.com', password: PASSWORD },
      });
      expect(res.statusCode).toBe(429);
      const elsewhere = await proxied.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'x-forwarded-for': '198.51.100.7' },
        payload: { email: 'olena@example.com', password: PASSWORD },
      });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('keeps every attempt with address and user agent for admins only', async () => {
    const res = await admin.get('/api/v1/auth/login-history?limit=200');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { success: boolean; reason: string | null; ip: string; email: string }[];
    expect(items.some((a) => a.success)).toBe(true);
    expect(items.some((a) => a.reason === 'invalid_credentials')).toBe(true);
    expect(items.some((a) => a.reason === 'locked')).toBe(true);
    expect(items.some((a) => a.reason === 'pending')).toBe(true);
    expect(items[0]?.ip).toBe('127.0.0.1');
    const failed = (await admin.get('/api/v1/auth/login-history?success=false&limit=200')).json().items as { success: boolean }[];
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((a) => !a.success)).toBe(true);
    const taras = await signIn(t.app, 'taras@example.com', 'Lviv-coffee-2026');
    expect((await taras.get('/api/v1/auth/login-history')).statusCode).toBe(403);
  });

  it('audits sign-in, failed sign-in and sign-out', async () => {
    const actions = new Set(
      ((await admin.get('/api/v1/audit-log?limit=200')).json().items as { action: string }[]).map((e) => e.action),
    );
    for (const action of [
      'login',
      'login_failed',
      'logout',
      'password_change',
      'password_reset',
      'create',
      'update',
      'role_change',
    ]) {
      expect(actions, action).toContain(action);
    }
  });
});
