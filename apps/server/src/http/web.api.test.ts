import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.ts';

let t: TestApp;
const dist = mkdtempSync(join(tmpdir(), 'spilno-dist-'));

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<html><head><meta name="csp-nonce" content="__CSP_NONCE__"></head><body>Spilno</body></html>',
  );
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  t = await startTestApp({ WEB_DIST: dist });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

it('serves the app shell with a fresh CSP nonce at / and at every client-side route', async () => {
  for (const url of ['/', '/index.html', '/contacts/018f0000-0000-7000-8000-000000000000', '/settings/users?x=1']) {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode, url).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const nonce = /content="([^"]+)"/.exec(res.body)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
    expect(res.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
  }
});

it('serves hashed assets for a year and answers unknown API paths with a problem', async () => {
  const asset = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
  expect(asset.statusCode).toBe(200);
  expect(asset.headers['cache-control']).toContain('immutable');
  const api = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
  expect(api.statusCode).toBe(404);
  expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
});
