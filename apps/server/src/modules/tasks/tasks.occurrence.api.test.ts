import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';
import { fireDueReminders } from './reminders.ts';
import { addDays, localDate, parseWallText, zonedToUtc } from './zoned-time.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;
let support: Caller;

const TZ = 'Europe/Kyiv';
/** A date some days ahead in Kyiv, so reminders lie in the future and the feed's year ahead holds it. */
const day = (n: number) => addDays(localDate(Date.now(), TZ), n);
const at = (date: string, time: string) => new Date(zonedToUtc(parseWallText(`${date}T${time}`), TZ)).toISOString();
const kyivTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

type Event = { key: string; title: string; start: string; end: string; projected: boolean; recurring: boolean; taskId: string };
async function calendar(caller: Caller, from: string, to: string, title: string): Promise<Event[]> {
  const res = await caller.get(`/api/v1/calendar?from=${at(from, '00:00')}&to=${at(to, '00:00')}&userId=${caller.user.id}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as Event[]).filter((e) => e.title === title);
}

async function series(title: string, first: string, rrule: string, extra: object = {}) {
  const res = await manager.post('/api/v1/tasks', { title, type: 'meeting', dueAt: first, rrule, timeZone: TZ, ...extra });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; dueAt: string };
}

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: 'https://crm.example.com' });
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager');
  support = await userWithRole(t.app, admin, 'support');
});
afterAll(() => t.close());

describe('one occurrence of a recurring task', () => {
  it('moves on its own: the series skips it, a task of its own replaces it, calendar and feed agree', async () => {
    const s = await series('Stand-up', at(day(10), '09:30'), 'FREQ=DAILY', { durationMin: 15 });
    const moved = await manager.post(`/api/v1/tasks/${s.id}/occurrence`, {
      occurrence: at(day(12), '09:30'),
      scope: 'this',
      changes: { dueAt: at(day(12), '14:00'), durationMin: 90 },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      seriesId: s.id,
      recurrenceId: `${day(12)}T09:30`,
      rrule: null,
      dueAt: at(day(12), '14:00'),
      durationMin: 90,
    });
    expect((await manager.get(`/api/v1/tasks/${s.id}`)).json()).toMatchObject({ exdates: [`${day(12)}T09:30`], dueAt: s.dueAt });

    const events = await calendar(manager, day(10), day(15), 'Stand-up');
    expect(events).toHaveLength(5);
    expect(events.filter((e) => kyivTime(e.start) === '09:30')).toHaveLength(4);
    const own = events.find((e) => e.taskId === moved.json().id);
    expect(own).toMatchObject({ start: at(day(12), '14:00'), end: at(day(12), '15:30'), projected: false, recurring: false });
    expect(events.some((e) => e.start === at(day(12), '09:30'))).toBe(false);
    expect(events.find((e) => e.taskId === s.id && !e.projected)?.recurring).toBe(true);

    // An independent parser sees the exception: the series skips it and a separate event holds it.
    const url = (await manager.post('/api/v1/calendar/feed')).json().url as string;
    const cal = new ICAL.Component(ICAL.parse((await t.app.inject({ url: new URL(url).pathname })).body));
    ICAL.TimezoneService.register(new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone') as ICAL.Component));
    const vevents = cal.getAllSubcomponents('vevent').filter((c) => c.getFirstPropertyValue('summary') === 'Stand-up');
    const head = vevents.find((c) => c.getFirstPropertyValue('rrule'));
    expect(String(head?.getFirstProperty('exdate')?.getFirstValue())).toBe(`${day(12)}T09:30:00`);
    const starts: string[] = [];
    const iterator = new ICAL.Event(head).iterator();
    for (let next = iterator.next(); next && starts.length < 5; next = iterator.next())
      starts.push(new Date(next.toUnixTime() * 1000).toISOString());
    expect(starts).toEqual([10, 11, 13, 14, 15].map((n) => at(day(n), '09:30')));
    const exception = new ICAL.Event(vevents.find((c) => !c.getFirstPropertyValue('rrule')));
    expect(exception.startDate.toJSDate().toISOString()).toBe(at(day(12), '14:00'));
    expect(exception.duration.toSeconds()).toBe(90 * 60);
  });

  it('moving the current occurrence moves the series on, and its old reminder never fires', async () => {
    const s = await series('Reminded', at(day(20), '09:00'), 'FREQ=DAILY', { reminders: [{ minutesBefore: 60 }] });
    const reminders = (id: string) =>
      t.database.db
        .selectFrom('task_reminders')
        .select('fire_at')
        .where('task_id', '=', id)
        .where('fired_at', 'is', null)
        .execute();
    expect((await reminders(s.id)).map((r) => Date.parse(r.fire_at))).toEqual([Date.parse(at(day(20), '08:00'))]);

    const moved = await manager.post(`/api/v1/tasks/${s.id}/occurrence`, {
      occurrence: at(day(20), '09:00'),
      scope: 'this',
      changes: { dueAt: at(day(20), '17:00') },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const head = (await manager.get(`/api/v1/tasks/${s.id}`)).json();
    expect(head).toMatchObject({ dueAt: at(day(21), '09:00'), rrule: 'FREQ=DAILY', exdates: [] });
    expect((await reminders(s.id)).map((r) => Date.parse(r.fire_at))).toEqual([Date.parse(at(day(21), '08:00'))]);
    expect((await reminders(moved.json().id)).map((r) => Date.parse(r.fire_at))).toEqual([Date.parse(at(day(20), '16:00'))]);

    // The scheduler runs at the removed occurrence's reminder time: nothing is due then.
    expect(await fireDueReminders(t.database.db, t.database.engine, new Date(Date.parse(at(day(20), '08:00')) + 60_000))).toBe(0);
    expect(await fireDueReminders(t.database.db, t.database.engine, new Date(Date.parse(at(day(20), '16:00')) + 60_000))).toBe(1);
    const notes = await t.database.db
      .selectFrom('notifications')
      .select('entity_id')
      .where('user_id', '=', manager.user.id)
      .where('kind', '=', 'reminder_due')
      .execute();
    expect(notes.map((n) => n.entity_id)).toEqual([moved.json().id]);
  });

  it('completing the series skips an occurrence that was moved away', async () => {
    const s = await series('Skipper', at(day(30), '10:00'), 'FREQ=DAILY;COUNT=5');
    const moved = await manager.post(`/api/v1/tasks/${s.id}/occurrence`, {
      occurrence: at(day(31), '10:00'),
      scope: 'this',
      changes: { title: 'Skipper, once in the afternoon', dueAt: at(day(31), '15:00') },
    });
    expect(moved.json()).toMatchObject({ title: 'Skipper, once in the afternoon', recurrenceId: `${day(31)}T10:00` });
    const done = (await manager.post(`/api/v1/tasks/${s.id}/complete`, {})).json();
    expect(done.next).toMatchObject({ dueAt: at(day(32), '10:00'), seriesId: s.id, exdates: [] });
  });

  it('"this and following" splits the series; the feed counts each half right', async () => {
    const s = await series('Review', at(day(40), '09:30'), 'FREQ=WEEKLY;COUNT=6');
    const res = await manager.post(`/api/v1/tasks/${s.id}/occurrence`, {
      occurrence: at(day(54), '09:30'),
      scope: 'following',
      changes: { dueAt: at(day(54), '11:00') },
    });
    expect(res.statusCode, res.body).toBe(200);
    const second = res.json();
    expect(second).toMatchObject({ rrule: 'FREQ=WEEKLY;COUNT=4', dueAt: at(day(54), '11:00'), recurrenceId: null });
    expect(second.seriesId).toBe(second.id);
    expect((await manager.get(`/api/v1/tasks/${s.id}`)).json().rrule).toMatch(/^FREQ=WEEKLY;UNTIL=\d{8}T\d{6}Z$/);
    const events = await calendar(manager, day(39), day(80), 'Review');
    expect(events.map((e) => kyivTime(e.start))).toEqual(['09:30', '09:30', '11:00', '11:00', '11:00', '11:00']);

    const url = (await manager.post('/api/v1/calendar/feed')).json().url as string;
    const cal = new ICAL.Component(ICAL.parse((await t.app.inject({ url: new URL(url).pathname })).body));
    ICAL.TimezoneService.register(new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone') as ICAL.Component));
    const halves = cal
      .getAllSubcomponents('vevent')
      .filter((c) => c.getFirstPropertyValue('summary') === 'Review')
      .map((c) => {
        const list: string[] = [];
        const iterator = new ICAL.Event(c).iterator();
        for (let next = iterator.next(); next && list.length < 20; next = iterator.next())
          list.push(kyivTime(new Date(next.toUnixTime() * 1000).toISOString()));
        return list;
      });
    expect(halves.sort()).toEqual([
      ['09:30', '09:30'],
      ['11:00', '11:00', '11:00', '11:00'],
    ]);
  });

  it('moving the whole series moves the occurrences it skips along with it', async () => {
    const s = await series('Shifted', at(day(60), '08:00'), 'FREQ=DAILY');
    await manager.post(`/api/v1/tasks/${s.id}/occurrence`, { occurrence: at(day(62), '08:00'), scope: 'this', changes: {} });
    const res = await manager.post(`/api/v1/tasks/${s.id}/occurrence`, {
      occurrence: at(day(60), '08:00'),
      scope: 'following',
      changes: { dueAt: at(day(60), '09:00') },
    });
    expect(res.json()).toMatchObject({ id: s.id, dueAt: at(day(60), '09:00'), exdates: [`${day(62)}T09:00`] });
    const events = await calendar(manager, day(60), day(64), 'Shifted');
    expect(events.map((e) => [e.start, e.projected])).toEqual([
      [at(day(60), '09:00'), false],
      [at(day(61), '09:00'), true],
      [at(day(62), '08:00'), false],
      [at(day(63), '09:00'), true],
    ]);
  });

  it("refuses what is not an occurrence, and hides others' series", async () => {
    const s = await series('Guarded', at(day(70), '09:00'), 'FREQ=DAILY');
    const single = (await manager.post('/api/v1/tasks', { title: 'Once', dueAt: at(day(70), '09:00') })).json();
    const wrongTime = await manager.post(`/api/v1/tasks/${s.id}/occurrence`, {
      occurrence: at(day(71), '09:15'),
      scope: 'this',
      changes: {},
    });
    expect(wrongTime.statusCode).toBe(400);
    expect(wrongTime.json().errors[0].path).toBe('occurrence');
    const notSeries = await manager.post(`/api/v1/tasks/${single.id}/occurrence`, {
      occurrence: at(day(70), '09:00'),
      scope: 'this',
      changes: {},
    });
    expect(notSeries.statusCode).toBe(400);
    const bad = await manager.post(`/api/v1/tasks/${s.id}/occurrence`, { occurrence: 'soon', scope: 'all', changes: {} });
    expect(bad.statusCode).toBe(400);
    const other = await support.post(`/api/v1/tasks/${s.id}/occurrence`, {
      occurrence: at(day(71), '09:00'),
      scope: 'this',
      changes: {},
    });
    expect(other.statusCode).toBe(404);
  });
});
