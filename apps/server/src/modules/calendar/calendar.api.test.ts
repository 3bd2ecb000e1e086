import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;
let support: Caller;

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: 'https://crm.example.com' });
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager');
  support = await userWithRole(t.app, admin, 'support');
});
afterAll(() => t.close());

const year = new Date().getUTCFullYear() + 1;

describe('the calendar', () => {
  it('expands a daily series in local time across the Rome DST change, with meetings and all-day tasks', async () => {
    const series = await support.post('/api/v1/tasks', {
      title: 'Stand-up',
      type: 'meeting',
      dueAt: `${year}-03-27T08:30:00.000Z`, // 09:30 in Rome before the change
      rrule: 'FREQ=DAILY',
      timeZone: 'Europe/Rome',
    });
    expect(series.statusCode, series.body).toBe(201);
    await support.post('/api/v1/tasks', { title: 'Inventory', dueDate: `${year}-03-30`, timeZone: 'Europe/Rome' });
    const contactId = (await admin.post('/api/v1/contacts', { firstName: 'Meet' })).json().id;
    await support.post('/api/v1/activities', {
      type: 'meeting',
      contactId,
      subject: 'Demo',
      occurredAt: `${year}-03-30T12:00:00Z`,
    });
    const res = await support.get(`/api/v1/calendar?from=${year}-03-27T00:00:00Z&to=${year}-04-01T00:00:00Z`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().truncated).toBe(false);
    const items = res.json().items as { title: string; start: string; projected: boolean; allDay: boolean; source: string }[];
    const lastSunday = new Date(Date.UTC(year, 2, 31 - new Date(Date.UTC(year, 2, 31)).getUTCDay()));
    const standups = items.filter((e) => e.title === 'Stand-up');
    expect(standups.map((e) => e.start)).toHaveLength(5);
    for (const e of standups) {
      const expected = Date.parse(e.start) < lastSunday.getTime() ? 'T08:30' : 'T07:30';
      expect(e.start.slice(10, 16), e.start).toBe(expected);
    }
    expect(standups.filter((e) => !e.projected)).toHaveLength(1);
    expect(items.find((e) => e.title === 'Inventory')).toMatchObject({ allDay: true, date: `${year}-03-30` });
    expect(items.find((e) => e.title === 'Demo')).toMatchObject({ source: 'meeting' });
  });

  it('shows the team only to those who may see it, and refuses bad ranges', async () => {
    const range = `from=${year}-03-27T00:00:00Z&to=${year}-04-01T00:00:00Z`;
    expect((await support.get(`/api/v1/calendar?${range}&userId=${manager.user.id}`)).statusCode).toBe(403);
    const team = (await manager.get(`/api/v1/calendar?${range}`)).json().items;
    expect(team.some((e: { title: string }) => e.title === 'Stand-up')).toBe(true);
    expect((await manager.get(`/api/v1/calendar?${range}&userId=${manager.user.id}`)).json().items).toEqual([]);
    const bad = await manager.get(`/api/v1/calendar?from=${year}-04-01T00:00:00Z&to=${year}-03-01T00:00:00Z`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('to');
  });

  it('a day at a time (perDay): at most that many events per local day, with every day’s count', async () => {
    // Kyiv leaves summer time on the last Sunday of October: that day is 25 hours long.
    const sunday = new Date(Date.UTC(year, 9, 31));
    sunday.setUTCDate(31 - sunday.getUTCDay());
    const d = sunday.toISOString().slice(0, 10);
    const prev = new Date(sunday.getTime() - 86_400_000).toISOString().slice(0, 10);
    // 23:30 Kyiv on the long day is 21:30 UTC (UTC+2 after the change).
    const times = ['06:00', '07:00', '08:00', '09:00', '21:30'].map((hm) => `${d}T${hm}:00.000Z`);
    for (const [i, dueAt] of times.entries()) {
      expect((await manager.post('/api/v1/tasks', { title: `Call ${i}`, dueAt, timeZone: 'Europe/Kyiv' })).statusCode).toBe(201);
    }
    const dropped = (await manager.post('/api/v1/tasks', { title: 'Cancelled', dueAt: `${d}T10:00:00.000Z` })).json();
    expect((await manager.patch(`/api/v1/tasks/${dropped.id}`, { status: 'cancelled' })).statusCode).toBe(200);
    // The range runs from Kyiv midnight (UTC+3 in summer) over two days.
    const from = `${prev}T21:00:00.000Z`;
    const to = new Date(Date.parse(from) + 49 * 3_600_000).toISOString();
    const range = `from=${from}&to=${to}&tz=Europe/Kyiv&perDay=2`;
    const team = (await admin.get(`/api/v1/calendar?${range}`)).json();
    // Five calls and the daily stand-up of the test above; the cancelled task does not count.
    expect(team.days).toEqual([
      { date: d, count: 6 },
      { date: new Date(sunday.getTime() + 86_400_000).toISOString().slice(0, 10), count: 1 },
    ]);
    // Two per day, earliest first: the second day has its stand-up.
    expect(team.items.map((e: { title: string }) => e.title)).toEqual(['Call 0', 'Call 1', 'Stand-up']);
    expect(team.truncated).toBe(true);
    const mine = (
      await manager.get(`/api/v1/calendar?from=${from}&to=${to}&tz=Europe/Kyiv&perDay=10&userId=${manager.user.id}`)
    ).json();
    expect(mine.items.map((e: { title: string }) => e.title)).toEqual(['Call 0', 'Call 1', 'Call 2', 'Call 3', 'Call 4']);
    expect(mine.truncated).toBe(false);
    expect((await admin.get(`/api/v1/calendar?from=${from}&to=${to}&tz=Mars/Olympus&perDay=2`)).statusCode).toBe(400);
  });
});

describe('the iCalendar feed', () => {
  it('serves a secret, replaceable URL that an independent parser reads back', async () => {
    await manager.post('/api/v1/tasks', {
      title: 'Weekly review, with commas; and semicolons',
      type: 'call',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      durationMin: 45,
      rrule: 'FREQ=WEEKLY;BYDAY=MO,FR',
      timeZone: 'Europe/Kyiv',
    });
    await manager.post('/api/v1/tasks', { title: 'Send the price list', type: 'email', dueDate: `${year}-01-15` });
    const first = (await manager.post('/api/v1/calendar/feed')).json().url as string;
    expect(first).toMatch(/^https:\/\/crm\.example\.com\/api\/v1\/calendar\/feed\/[\w-]+\.ics$/);
    const url = (await manager.post('/api/v1/calendar/feed')).json().url as string;
    expect((await t.app.inject({ url: new URL(first).pathname })).statusCode).toBe(404);
    const res = await t.app.inject({ url: new URL(url).pathname });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const stored = await t.database.db.selectFrom('calendar_feeds').select('token_hash').executeTakeFirstOrThrow();
    expect(url).not.toContain(stored.token_hash);

    const cal = new ICAL.Component(ICAL.parse(res.body));
    const tz = cal.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Europe/Kyiv');
    ICAL.TimezoneService.register(new ICAL.Timezone(tz as ICAL.Component));
    const event = cal
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c))
      .find((e) => e.summary.startsWith('Weekly'));
    expect(event?.summary).toBe('Weekly review, with commas; and semicolons');
    expect(event?.isRecurring()).toBe(true);
    expect(event?.startDate.zone?.tzid).toBe('Europe/Kyiv');
    expect(event?.duration.toSeconds()).toBe(45 * 60);
    // Every occurrence, read as a real instant through the feed's VTIMEZONE, is at one Kyiv wall time,
    // though a year of Mondays and Fridays crosses both DST changes.
    const kyiv = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Kyiv', hour: '2-digit', minute: '2-digit' });
    const iterator = event?.iterator();
    const walls = new Set<string>();
    const offsets = new Set<number>();
    for (let i = 0; i < 104 && iterator; i++) {
      const next = iterator.next();
      if (!next) break;
      const ms = next.toUnixTime() * 1000;
      walls.add(kyiv.format(ms));
      offsets.add(next.utcOffset());
    }
    expect(walls.size).toBe(1);
    expect(offsets.size).toBe(2);
    const todo = cal.getFirstSubcomponent('vtodo');
    expect(todo?.getFirstPropertyValue('summary')).toBe('Send the price list');
    expect(String(todo?.getFirstPropertyValue('due'))).toBe(`${year}-01-16`);

    expect((await manager.delete('/api/v1/calendar/feed')).statusCode).toBe(204);
    expect((await t.app.inject({ url: new URL(url).pathname })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/calendar/feed/short.ics' })).statusCode).toBe(400);
  });
});
