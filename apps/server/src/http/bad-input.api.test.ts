import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, PASSWORD, registerAdmin, startTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
let admin: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
});
afterAll(() => t.close());

const raw = (payload: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    payload,
    headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json', ...headers },
  });

describe('bad input gets a clear 4xx problem, never a 500 or a partial write', () => {
  it('malformed JSON', async () => {
    const res = await raw('{"email": "x@example.com",');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 400, title: 'Invalid input' });
  });

  it('wrong types, missing and unknown fields, with per-field errors', async () => {
    const res = await admin.post('/api/v1/users', { email: 42, name: '', role: 'king', colour: 'red' });
    expect(res.statusCode).toBe(400);
    const paths = (res.json().errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['colour', 'email', 'name', 'password', 'role']);
  });

  it('bodies over 1 MB', async () => {
    const res = await raw(JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().status).toBe(413);
  });

  it('unsupported content types', async () => {
    const res = await raw('name=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.statusCode).toBe(415);
  });

  it('invalid ids and query values', async () => {
    expect((await admin.get('/api/v1/users/not-a-uuid')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/users?limit=100000')).json().errors[0].path).toBe('limit');
    expect((await admin.get('/api/v1/audit-log?from=yesterday')).statusCode).toBe(400);
  });

  it('stores HTML and SQL verbatim', async () => {
    const name = `<script>alert("x")</script>'); DROP TABLE users; --`;
    const res = await admin.post('/api/v1/users', { email: 'bobby@example.com', name, password: PASSWORD, role: 'support' });
    expect(res.statusCode).toBe(201);
    expect((await admin.get(`/api/v1/users/${res.json().id}`)).json().name).toBe(name);
    expect((await admin.get('/api/v1/users?limit=200')).json().items.length).toBeGreaterThan(1);
  });

  it('unknown API routes answer 404 problem+json', async () => {
    const res = await admin.get('/api/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('a failed write leaves nothing behind', async () => {
    const before = (await admin.get('/api/v1/audit-log?limit=200')).json().items.length;
    const res = await admin.post('/api/v1/users', {
      email: 'olena@example.com',
      name: 'Dup',
      password: PASSWORD,
      role: 'support',
    });
    expect(res.statusCode).toBe(409);
    expect((await admin.get('/api/v1/audit-log?limit=200')).json().items.length).toBe(before);
  });
});

describe('security headers and docs', () => {
  it('sends a strict CSP and the other helmet headers', async () => {
    const res = await t.app.inject('/api/v1/auth/setup');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'( 'nonce-[^']+')?;/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves OpenAPI 3.1 generated from the schemas', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/users'].post.requestBody.content['application/json'].schema.properties.role.enum).toEqual([
      'admin',
      'manager',
      'marketer',
      'support',
    ]);
    expect((await t.app.inject('/api/docs/')).statusCode).toBe(200);
  });

  it('applies a global rate limit', async () => {
    const limited = await startTestApp({ RATE_LIMIT_MAX: '5' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) codes.push((await limited.app.inject('/api/v1/auth/setup')).statusCode);
      expect(codes.slice(0, 5).every((c) => c === 200)).toBe(true);
      expect(codes.at(-1)).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
