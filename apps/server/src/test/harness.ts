import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role, User } from '@spilno/schema';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { App } from '../http/app-types.ts';
import { MemoryMailer } from '../integrations/email/mailer.ts';

/** Which engine the API suite runs on: `TEST_DB=postgres` runs it again on PostgreSQL. */
export const testEngine = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type TestApp = { app: App; database: Database; url: string; mailer: MemoryMailer; close: () => Promise<void> };
/** `onDisk`: a SQLite file rather than memory, for a second connection to the same database. */
export type TestDatabaseOptions = { onDisk?: boolean };

/** A fresh database per test file: an in-memory SQLite, or a throwaway PostgreSQL schema. */
export async function openTestDatabase(
  options: TestDatabaseOptions = {},
): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  if (testEngine === 'sqlite' && options.onDisk) {
    const dir = mkdtempSync(join(tmpdir(), 'spilno-test-'));
    const url = `sqlite://${dir}/spilno.db`;
    return { database: openDatabase(url), url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (testEngine === 'sqlite') {
    const url = 'sqlite::memory:';
    return { database: openDatabase(url), url, drop: async () => {} };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase(testDatabaseUrl, { pgSchema: schema, poolSize: 4 });
  return {
    database,
    url: testDatabaseUrl,
    drop: async () => {
      const c = new pg.Client({ connectionString: testDatabaseUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

export async function startTestApp(env: Record<string, string> = {}, options: TestDatabaseOptions = {}): Promise<TestApp> {
  const { database, url, drop } = await openTestDatabase(options);
  await migrateToLatest(database);
  const mailer = new MemoryMailer();
  const config = loadConfig({ RATE_LIMIT_MAX: '100000', WEB_DIST: '/nonexistent', ...env });
  const app = await buildApp({ config, database, mailer, logger: false, checkResponses: true });
  await app.ready();
  return {
    app,
    database,
    url,
    mailer,
    close: async () => {
      await app.close();
      await database.close();
      await drop();
    },
  };
}

/** A signed-in caller that talks to the app with its bearer token. */
export type Caller = {
  user: User;
  token: string;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
};

export function callerFor(app: App, user: User, token: string): Caller {
  const headers = { authorization: `Bearer ${token}` };
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
  return {
    user,
    token,
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body),
    patch: (url, body) => send('PATCH', url, body),
    put: (url, body) => send('PUT', url, body),
    delete: (url) => send('DELETE', url),
  };
}

export const PASSWORD = 'Kyiv-river-2026!';

export async function signIn(app: App, email: string, password = PASSWORD): Promise<Caller> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const { user, token } = res.json();
  return callerFor(app, user, token);
}

/** The first sign-up becomes the admin. */
export async function registerAdmin(app: App, email = 'olena@example.com'): Promise<Caller> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password: PASSWORD, name: 'Olena Admin' },
  });
  if (res.statusCode !== 201) throw new Error(`admin sign-up failed: ${res.statusCode} ${res.body}`);
  const { user, token } = res.json();
  return callerFor(app, user, token);
}

let counter = 0;
/** An active user of the role, created by the admin and signed in. */
export async function userWithRole(app: App, admin: Caller, role: Role, name = `${role} ${++counter}`): Promise<Caller> {
  const email = `${role}.${counter}.${randomBytes(3).toString('hex')}@example.com`;
  const res = await admin.post('/api/v1/users', { email, name, password: PASSWORD, role });
  if (res.statusCode !== 201) throw new Error(`creating ${role} failed: ${res.statusCode} ${res.body}`);
  return signIn(app, email);
}
