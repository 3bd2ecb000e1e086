import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;
let support: Caller;
let support2: Caller;
let contactId: string;

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager', 'Mykola Manager');
  support = await userWithRole(t.app, admin, 'support', 'Sofia Support');
  support2 = await userWithRole(t.app, admin, 'support', 'Taras Support');
  contactId = (await manager.post('/api/v1/contacts', { firstName: 'Ivan', lastName: 'Petrenko' })).json().id;
});
afterAll(() => t.close());

describe('tasks', () => {
  it('creates, reads, edits and deletes a task with every field', async () => {
    const res = await manager.post('/api/v1/tasks', {
      title: 'Call Ivan about the order',
      type: 'call',
      dueAt: inHours(26),
      durationMin: 15,
      priority: 'high',
      checklist: [{ text: 'Prices' }, { text: 'Delivery date', done: true }],
      watcherIds: [support.user.id],
      contactId,
      dealId: '018f0000-0000-7000-8000-000000000001',
      reminders: [{ minutesBefore: 15 }, { minutesBefore: 1440 }],
      timeZone: 'Europe/Rome',
    });
    expect(res.statusCode, res.body).toBe(201);
    const task = res.json();
    expect(task).toMatchObject({
      status: 'open',
      assigneeId: manager.user.id,
      assigneeName: 'Mykola Manager',
      createdById: manager.user.id,
      watcherIds: [support.user.id],
      checklist: [
        { text: 'Prices', done: false },
        { text: 'Delivery date', done: true },
      ],
      timeZone: 'Europe/Rome',
    });
    const patched = await manager.patch(`/api/v1/tasks/${task.id}`, {
      status: 'in_progress',
      progress: 40,
      dueDate: '2031-05-04',
    });
    expect(patched.json()).toMatchObject({ status: 'in_progress', progress: 40, dueAt: null, dueDate: '2031-05-04' });
    const audit = (await admin.get(`/api/v1/audit-log?entityType=task&entityId=${task.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(['create', 'update']);
    expect((await manager.delete(`/api/v1/tasks/${task.id}`)).statusCode).toBe(204);
    expect((await manager.get(`/api/v1/tasks/${task.id}`)).statusCode).toBe(404);
    const reminders = await t.database.db.selectFrom('task_reminders').selectAll().where('task_id', '=', task.id).execute();
    expect(reminders).toEqual([]);
  });

  it('refuses bad input with clear field errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x', rrule: 'FREQ=SOMETIMES', dueAt: inHours(2) }, 'rrule'],
      [{ title: 'x', rrule: 'FREQ=DAILY' }, 'rrule'],
      [{ title: 'x', rrule: 'FREQ=DAILY;UNTIL=20200101T000000Z', dueAt: inHours(2) }, 'rrule'],
      [{ title: 'x', dueAt: inHours(0.1), reminders: [{ minutesBefore: 15 }] }, 'reminders.0.minutesBefore'],
      [
        { title: 'x', dueAt: new Date(Date.now() - 60_000).toISOString(), reminders: [{ minutesBefore: 0 }] },
        'reminders.0.minutesBefore',
      ],
      [{ title: 'x', reminders: [{ minutesBefore: 5 }] }, 'reminders'],
      [{ title: 'x', dueAt: inHours(2), durationMin: -30 }, 'durationMin'],
      [{ title: 'x', dueAt: inHours(2), dueDate: '2030-01-01' }, 'dueDate'],
      [{ title: 'x', timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ title: 'x', dueDate: '2030-02-30' }, 'dueDate'],
      [{ title: 'x', contactId: '018f0000-0000-7000-8000-000000000000' }, 'contactId'],
      [{ title: 'x', assigneeId: '018f0000-0000-7000-8000-000000000000' }, 'assigneeId'],
      [{ title: '  ' }, 'title'],
    ];
    for (const [body, path] of cases) {
      const res = await manager.post('/api/v1/tasks', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(
        res.json().errors.map((e: { path: string }) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
  });

  it('shows a support user only tasks they are assigned, created or watch', async () => {
    const mine = (await support.post('/api/v1/tasks', { title: 'Fix the printer', dueAt: inHours(3) })).json();
    const watched = (
      await manager.post('/api/v1/tasks', { title: 'Watched', dueAt: inHours(3), watcherIds: [support.user.id] })
    ).json();
    const foreign = (await manager.post('/api/v1/tasks', { title: 'Not yours', dueAt: inHours(3) })).json();
    const assigned = (
      await admin.post('/api/v1/tasks', { title: 'For Sofia', dueAt: inHours(3), assigneeId: support.user.id })
    ).json();
    const ids = (await support.get('/api/v1/tasks?limit=200')).json().items.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, watched.id, assigned.id]));
    expect(ids).not.toContain(foreign.id);
    expect((await support.get(`/api/v1/tasks/${foreign.id}`)).statusCode).toBe(404);
    expect((await support2.get(`/api/v1/tasks/${mine.id}`)).statusCode).toBe(404);
    // Watching is reading; only the assignee or the creator changes a task.
    expect((await support.patch(`/api/v1/tasks/${watched.id}`, { title: 'mine now' })).statusCode).toBe(403);
    expect((await support.patch(`/api/v1/tasks/${assigned.id}`, { progress: 50 })).statusCode).toBe(200);
    // Managers read every task (team load) but change only their own.
    expect((await manager.get(`/api/v1/tasks/${mine.id}`)).statusCode).toBe(200);
    expect((await manager.patch(`/api/v1/tasks/${mine.id}`, { title: 'no' })).statusCode).toBe(403);
    expect((await admin.patch(`/api/v1/tasks/${mine.id}`, { priority: 'urgent' })).statusCode).toBe(200);
  });

  it('lists today, overdue and upcoming from one index, with keyset pages', async () => {
    const u = await userWithRole(t.app, admin, 'manager');
    const now = Date.now();
    await t.database.db
      .insertInto('tasks')
      .values(
        [-50, -3, 0.5, 30, 80].map((h, i) => {
          const at = new Date(now + h * 3_600_000).toISOString();
          return {
            id: `018f0000-0000-7000-8000-00000000010${i}`,
            title: `task ${h}`,
            description: '',
            type: 'todo',
            due_at: at,
            due_date: null,
            starts_at: at,
            deadline_at: at,
            duration_min: null,
            priority: 'normal',
            status: 'open',
            is_open: 1,
            progress: 0,
            checklist: '[]',
            assignee_id: u.user.id,
            created_by_id: u.user.id,
            contact_id: null,
            company_id: null,
            deal_id: null,
            lead_id: null,
            order_id: null,
            ticket_id: null,
            rrule: null,
            series_start: null,
            series_id: null,
            reminders: '[]',
            time_zone: 'UTC',
            outcome: null,
            completed_at: null,
            overdue_check_at: null,
            created_at: at,
            updated_at: at,
          };
        }),
      )
      .execute();
    const view = async (v: string) =>
      (await u.get(`/api/v1/tasks?view=${v}&assigneeId=${u.user.id}&timeZone=UTC`))
        .json()
        .items.map((x: { title: string }) => x.title);
    expect(await view('overdue')).toEqual(['task -3', 'task -50']);
    expect(await view('upcoming')).toEqual(expect.arrayContaining(['task 80']));
    expect((await view('today')).every((x: string) => ['task -3', 'task 0.5', 'task 30'].includes(x))).toBe(true);
    const p1 = (await u.get(`/api/v1/tasks?assigneeId=${u.user.id}&limit=2`)).json();
    const p2 = (await u.get(`/api/v1/tasks?assigneeId=${u.user.id}&limit=2&cursor=${p1.nextCursor}`)).json();
    const p3 = (await u.get(`/api/v1/tasks?assigneeId=${u.user.id}&limit=2&cursor=${p2.nextCursor}`)).json();
    expect([...p1.items, ...p2.items, ...p3.items].map((x: { title: string }) => x.title)).toEqual([
      'task -50',
      'task -3',
      'task 0.5',
      'task 30',
      'task 80',
    ]);
  });
});

describe('completing', () => {
  it('logs the outcome on the contact timeline and rolls a recurring task on, in local time across DST', async () => {
    const created = await manager.post('/api/v1/tasks', {
      title: 'Weekly check-in',
      type: 'call',
      contactId,
      dueAt: '2031-03-29T07:00:00.000Z', // 09:00 in Kyiv, the day before the clocks go forward
      rrule: 'FREQ=WEEKLY;COUNT=2',
      reminders: [{ minutesBefore: 10 }],
      timeZone: 'Europe/Kyiv',
    });
    expect(created.statusCode, created.body).toBe(201);
    const done = await manager.post(`/api/v1/tasks/${created.json().id}/complete`, { outcome: 'answered', note: 'Wants 20 kg' });
    expect(done.statusCode, done.body).toBe(200);
    const { task, next } = done.json();
    expect(task).toMatchObject({ status: 'done', progress: 100, outcome: 'answered', rrule: null });
    expect(next).toMatchObject({ status: 'open', dueAt: '2031-04-05T06:00:00.000Z', rrule: 'FREQ=WEEKLY;COUNT=2' });
    const last = (await manager.post(`/api/v1/tasks/${next.id}/complete`, {})).json();
    expect(last.next).toBeNull();
    expect((await manager.post(`/api/v1/tasks/${next.id}/complete`, {})).statusCode).toBe(409);
    const timeline = (await manager.get(`/api/v1/activities?contactId=${contactId}`)).json().items;
    expect(timeline.some((a: { body: string }) => a.body.includes('Task done: Weekly check-in — answered\nWants 20 kg'))).toBe(
      true,
    );
  });

  it('notifies the assignee when someone else gives them a task', async () => {
    await admin.post('/api/v1/tasks', { title: 'Prepare the quote', assigneeId: manager.user.id });
    const list = (await manager.get('/api/v1/notifications')).json();
    expect(list.items[0]).toMatchObject({ kind: 'task_assigned', entityType: 'task' });
    expect(list.unreadCount).toBeGreaterThan(0);
  });
});
