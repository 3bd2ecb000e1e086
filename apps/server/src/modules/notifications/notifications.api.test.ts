import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';
import { notifyMentions } from './notifications.mentions.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager', 'Mykola Koval');
});
afterAll(() => t.close());

const give = (title: string) => admin.post('/api/v1/tasks', { title, assigneeId: manager.user.id });

describe('notifications', () => {
  it('lists unread first, pages, and marks read by id or all', async () => {
    for (const n of ['one', 'two', 'three']) await give(n);
    const first = (await manager.get('/api/v1/notifications')).json();
    expect(first.unreadCount).toBe(3);
    const oldest = first.items[2];
    expect((await manager.post('/api/v1/notifications/read', { ids: [first.items[0].id] })).json()).toEqual({ unreadCount: 2 });
    const p1 = (await manager.get('/api/v1/notifications?limit=2')).json();
    const p2 = (await manager.get(`/api/v1/notifications?limit=2&cursor=${p1.nextCursor}`)).json();
    const order = [...p1.items, ...p2.items];
    expect(order.map((n: { readAt: string | null }) => n.readAt === null)).toEqual([true, true, false]);
    expect(order[1].id).toBe(oldest.id);
    expect((await manager.post('/api/v1/notifications/read', { all: true })).json()).toEqual({ unreadCount: 0 });
    expect((await manager.post('/api/v1/notifications/read', {})).statusCode).toBe(400);
    // Others' notifications are out of reach.
    expect((await admin.get('/api/v1/notifications')).json().items).toEqual([]);
  });

  it('respects channel preferences per kind', async () => {
    const prefs = await manager.patch('/api/v1/notifications/preferences', { task_assigned: { inApp: false, email: false } });
    expect(prefs.json().task_assigned).toEqual({ inApp: false, email: false });
    await give('silent');
    expect((await manager.get('/api/v1/notifications?unread=true')).json().items).toEqual([]);
    await manager.patch('/api/v1/notifications/preferences', { task_assigned: { inApp: true, email: true } });
    expect((await manager.patch('/api/v1/notifications/preferences', { nonsense: { email: true } })).statusCode).toBe(400);
  });

  it('notifies people mentioned in a note, never the author', async () => {
    const ids = await notifyMentions(t.database.db, {
      body: 'Ask @Mykola Koval and @olena about it, cc @nobody',
      authorId: admin.user.id,
      authorName: 'Olena Admin',
      entityType: 'contact',
      entityId: '018f0000-0000-7000-8000-000000000000',
    });
    expect(ids).toEqual([manager.user.id]);
  });

  it('streams the unread count over Server-Sent Events with the session cookie', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: manager.user.email, password: 'Kyiv-river-2026!' },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await t.app.inject({ url: '/api/v1/notifications/stream', headers: { cookie } })).statusCode).toBe(400);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const abort = new AbortController();
    const res = await fetch(`${address}/api/v1/notifications/stream`, {
      headers: { cookie, accept: 'text/event-stream' },
      signal: abort.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const nextEvent = async () => {
      for (;;) {
        const events = text.split('\n\n').filter((e) => e.startsWith('event: unread'));
        if (events.length) {
          text = text.slice(text.indexOf(events[0] as string) + (events[0] as string).length + 2);
          return JSON.parse((events[0] as string).split('data: ')[1] as string);
        }
        const { value } = await reader.read();
        text += decoder.decode(value);
      }
    };
    const initial = await nextEvent();
    await give('live');
    const live = await nextEvent();
    expect(live.unreadCount).toBe(initial.unreadCount + 1);
    expect(live.latest).toMatchObject({ kind: 'task_assigned', title: expect.stringContaining('live') });
    abort.abort();
  });
});
