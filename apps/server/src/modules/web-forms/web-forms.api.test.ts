import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let anna: Caller;
let boris: Caller;
let formId: string;

const post = (payload: object | string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/public/forms/${formId}`,
    headers: {
      'content-type': typeof payload === 'string' ? 'application/x-www-form-urlencoded' : 'application/json',
      ...headers,
    },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  anna = await userWithRole(t.app, admin, 'manager', 'Anna Seller');
  boris = await userWithRole(t.app, admin, 'manager', 'Boris Seller');
  const form = await admin.post('/api/v1/web-forms', {
    name: 'Shop contact form',
    allowedOrigins: ['https://shop.example.com'],
    assigneeIds: [anna.user.id, boris.user.id],
  });
  expect(form.statusCode, form.body).toBe(201);
  formId = form.json().id;
});
afterAll(() => t.close());

describe('web-to-lead', () => {
  it('creates leads from an allowed website, round-robin, and tells each assignee', async () => {
    const first = await post(
      { name: 'Olha Visitor', phone: '067 765 43 21', message: 'Wedding cake for 80 guests' },
      { origin: 'https://shop.example.com' },
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['access-control-allow-origin']).toBe('https://shop.example.com');
    expect(first.json().message).toMatch(/Thank you/);
    await post({ name: 'Second Visitor', email: 'second@example.com' }, { origin: 'https://shop.example.com' });

    const annas = (await anna.get('/api/v1/leads')).json().items;
    const boriss = (await boris.get('/api/v1/leads')).json().items;
    expect(annas.map((l: { name: string }) => l.name)).toEqual(['Olha Visitor']);
    expect(annas[0]).toMatchObject({
      phone: '+380677654321',
      interest: 'Wedding cake for 80 guests',
      source: 'website',
      status: 'new',
    });
    expect(boriss.map((l: { name: string }) => l.name)).toEqual(['Second Visitor']);
    expect((await anna.get('/api/v1/notifications')).json().items[0]).toMatchObject({
      kind: 'lead_assigned',
      entityType: 'lead',
    });
    const audit = (await admin.get(`/api/v1/audit-log?entityId=${annas[0].id}`)).json().items;
    expect(audit[0]).toMatchObject({ action: 'create', userName: 'Web form "Shop contact form"' });
    expect((await admin.get(`/api/v1/web-forms/${formId}`)).json().leadsCreated).toBe(2);
  });

  it('accepts a plain HTML form post and answers with a page or a redirect', async () => {
    const page = await post('name=Plain+Form&email=plain%40example.com&message=%D0%9F%D1%80%D0%B8%D0%B2%D1%96%D1%82');
    expect(page.statusCode).toBe(201);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    await admin.patch(`/api/v1/web-forms/${formId}`, { redirectUrl: 'https://shop.example.com/thanks' });
    const redirect = await post('name=Redirected&phone=0501112233');
    expect(redirect.statusCode).toBe(303);
    expect(redirect.headers.location).toBe('https://shop.example.com/thanks');
    const all = (await admin.get('/api/v1/leads?q=Plain')).json().items;
    expect(all[0].interest).toBe('Привіт');
  });

  it('refuses other websites, ignores bots caught by the honeypot, and needs a way to reach the visitor', async () => {
    const before = (await admin.get('/api/v1/leads')).json().items.length;
    expect((await post({ name: 'Evil', email: 'x@example.com' }, { origin: 'https://evil.example' })).statusCode).toBe(403);
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: `/api/v1/public/forms/${formId}`,
      headers: { origin: 'https://shop.example.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://shop.example.com');
    const bot = await post({ name: 'Bot', email: 'bot@example.com', website: 'http://spam.example' });
    expect(bot.statusCode).toBe(201);
    const unreachable = await post({ name: 'Nobody' });
    expect(unreachable.statusCode).toBe(400);
    expect(unreachable.json().errors[0].path).toBe('phone');
    expect((await post({ name: 'Bad phone', phone: '12' })).statusCode).toBe(400);
    expect((await admin.get('/api/v1/leads')).json().items.length).toBe(before);
    // Refused, trapped and invalid posts created nothing, so the form's count stays at the four real leads.
    expect((await admin.get('/api/v1/web-forms')).json().items[0].leadsCreated).toBe(4);
  });

  it('serves the embeddable script and the snippets, and only admins manage forms', async () => {
    const script = await t.app.inject({ method: 'GET', url: `/api/v1/public/forms/${formId}/embed.js` });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(script.body).toContain(`/api/v1/public/forms/${formId}`);
    // The script is text to other websites; it must at least parse.
    expect(() => new Function(script.body)).not.toThrow();
    const snippet = (await admin.get(`/api/v1/web-forms/${formId}/snippet`)).json();
    expect(snippet.script).toContain('embed.js');
    expect(snippet.html).toContain('name="website"');
    expect((await anna.get('/api/v1/web-forms')).statusCode).toBe(403);
    await admin.patch(`/api/v1/web-forms/${formId}`, { active: false });
    expect((await post({ name: 'Late', email: 'late@example.com' })).statusCode).toBe(404);
    expect(
      (await admin.post('/api/v1/web-forms', { name: 'x', assigneeIds: [], allowedOrigins: ['shop.example.com'] })).statusCode,
    ).toBe(400);
  });
});
