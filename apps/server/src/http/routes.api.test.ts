import { ROLES, type Role, roleCan } from '@spilno/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connection.ts';
import { newId } from '../lib/ids.ts';
import { type Caller, registerAdmin, signIn, startTestApp, type TestApp, userWithRole } from '../test/harness.ts';

let t: TestApp;
const callers = {} as Record<Role, Caller>;

beforeAll(async () => {
  t = await startTestApp();
  callers.admin = await registerAdmin(t.app);
  for (const role of ROLES.filter((r) => r !== 'admin')) callers[role] = await userWithRole(t.app, callers.admin, role);
});
afterAll(() => t.close());

describe('every route declares an ability', () => {
  it('the app refuses to start with a route that declares none', async () => {
    const database = openDatabase('sqlite::memory:');
    const app = await buildApp({ config: loadConfig({ WEB_DIST: '/nonexistent' }), database, logger: false });
    expect(() => app.get('/api/v1/forgotten', () => 'oops')).toThrow(/declares no ability/);
    await app.close();
    await database.close();
  });

  it('lists the routes it guards', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(15);
    expect(t.app.routeTable.every((r) => r.ability)).toBe(true);
  });
});

describe('role x route matrix', () => {
  it('answers 403 exactly where the ability table says no, and never 401 or 403 where it says yes', async () => {
    const checked: string[] = [];
    for (const route of t.app.routeTable) {
      if (route.ability === 'public') continue;
      const url = route.url.replace(/:id\b/g, newId());
      for (const role of ROLES) {
        // A fresh session each time: some routes (logout) end the session they are called with.
        const caller = route.url.endsWith('/logout') ? await signIn(t.app, callers[role].user.email) : callers[role];
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: { authorization: `Bearer ${caller.token}` },
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        const label = `${role} ${route.method} ${route.url} (${route.ability}) -> ${res.statusCode}`;
        if (roleCan(role, route.ability)) expect([401, 403], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(403);
        expect(res.statusCode, label).toBeLessThan(500);
        checked.push(label);
      }
    }
    expect(checked.length).toBeGreaterThan(50);
  });

  it('answers 401 without a session on every non-public route', async () => {
    for (const route of t.app.routeTable.filter((r) => r.ability !== 'public')) {
      const res = await t.app.inject({ method: route.method as 'GET', url: route.url.replace(/:id\b/g, newId()) });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
