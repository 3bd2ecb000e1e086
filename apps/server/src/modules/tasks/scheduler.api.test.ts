import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, registerAdmin, startTestApp, type TestApp, userWithRole } from '../../test/harness.ts';
import { startReminderScheduler } from './scheduler.ts';

let t: TestApp;
let admin: Caller;
let manager: Caller;

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const deps = () => ({ ...t.app.deps, mailer: t.mailer, intervalMs: 20 });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Time passes: the reminders of these tasks fall due now. */
async function makeDue(taskIds: string[]) {
  await t.database.db
    .updateTable('task_reminders')
    .set({ fire_at: new Date(Date.now() - 1000).toISOString() })
    .where('task_id', 'in', taskIds)
    .execute();
}
const reminderNotes = (userId: string) =>
  t.database.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'reminder_due')
    .execute();

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  manager = await userWithRole(t.app, admin, 'manager');
});
afterAll(() => t.close());

describe('the reminder scheduler', () => {
  it('fires each reminder exactly once across a stop and a restart, and mails it', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await manager.post('/api/v1/tasks', {
        title: `Call ${i}`,
        dueAt: inHours(2),
        reminders: [{ minutesBefore: 30 }],
      });
      ids.push(res.json().id);
    }
    await makeDue(ids.slice(0, 3));
    const first = startReminderScheduler(deps());
    await wait(150);
    await first.stop();
    expect(await reminderNotes(manager.user.id)).toHaveLength(3);

    await makeDue(ids.slice(3));
    const second = startReminderScheduler(deps());
    await wait(150);
    await second.stop();
    const notes = await reminderNotes(manager.user.id);
    expect(notes).toHaveLength(5);
    expect(new Set(notes.map((n) => n.entity_id))).toEqual(new Set(ids));
    const mails = t.mailer.sent.filter((m) => m.to === manager.user.email && m.subject.startsWith('Reminder:'));
    expect(mails).toHaveLength(5);
  });

  it('never fires twice with two schedulers racing, and skips done or deleted tasks', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await manager.post('/api/v1/tasks', {
        title: `Race ${i}`,
        dueAt: inHours(3),
        reminders: [{ minutesBefore: 5 }, { minutesBefore: 60 }],
      });
      ids.push(res.json().id);
    }
    const [doneId, deletedId] = ids as [string, string];
    await manager.post(`/api/v1/tasks/${doneId}/complete`, {});
    await manager.delete(`/api/v1/tasks/${deletedId}`);
    await makeDue(ids);
    const a = startReminderScheduler(deps());
    const b = startReminderScheduler(deps());
    await wait(300);
    await Promise.all([a.stop(), b.stop()]);
    const fresh = (await reminderNotes(manager.user.id)).filter((n) => ids.includes(n.entity_id as string));
    expect(fresh).toHaveLength(56);
    const perTask = new Map<string, number>();
    for (const n of fresh) perTask.set(n.entity_id as string, (perTask.get(n.entity_id as string) ?? 0) + 1);
    expect([...perTask.values()].every((c) => c === 2)).toBe(true);
    expect(perTask.has(doneId) || perTask.has(deletedId)).toBe(false);
  });

  it('tells the assignee once when a task becomes overdue, by email only if they want it', async () => {
    const patch = await manager.patch('/api/v1/notifications/preferences', { task_overdue: { email: true } });
    expect(patch.json().task_overdue).toEqual({ inApp: true, email: true });
    const task = (await manager.post('/api/v1/tasks', { title: 'Send the invoice', dueAt: inHours(1) })).json();
    await t.database.db
      .updateTable('tasks')
      .set({ overdue_check_at: inHours(-0.01) })
      .where('id', '=', task.id)
      .execute();
    const s = startReminderScheduler(deps());
    await wait(120);
    await s.stop();
    const again = startReminderScheduler(deps());
    await wait(60);
    await again.stop();
    const notes = await t.database.db.selectFrom('notifications').selectAll().where('kind', '=', 'task_overdue').execute();
    expect(notes.map((n) => n.entity_id)).toEqual([task.id]);
    expect(t.mailer.sent.filter((m) => m.subject === 'Overdue: Send the invoice')).toHaveLength(1);
  });
});

describe('automatic follow-ups', () => {
  it('only an admin switches rules', async () => {
    expect((await manager.get('/api/v1/follow-up-rules')).statusCode).toBe(403);
    expect((await manager.patch('/api/v1/follow-up-rules/lead_created', { enabled: true })).statusCode).toBe(403);
    const rules = (await admin.get('/api/v1/follow-up-rules')).json().items;
    expect(rules.map((r: { kind: string; available: boolean }) => r.available)).not.toContain(false);
  });

  it('gives a new contact’s owner a call task once, even with two schedulers', async () => {
    const on = await admin.patch('/api/v1/follow-up-rules/contact_created', { enabled: true, amount: 2 });
    expect(on.json()).toMatchObject({ enabled: true, amount: 2, taskType: 'call' });
    const contact = (await manager.post('/api/v1/contacts', { firstName: 'Olha', lastName: 'Bondar' })).json();
    const a = startReminderScheduler(deps());
    const b = startReminderScheduler(deps());
    await wait(150);
    await Promise.all([a.stop(), b.stop()]);
    const tasks = (await manager.get(`/api/v1/tasks?contactId=${contact.id}`)).json().items;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ type: 'call', assigneeId: manager.user.id, title: 'Call Olha Bondar, a new contact' });
    expect(Date.parse(tasks[0].dueAt) - Date.parse(contact.createdAt)).toBe(2 * 3_600_000);
  });

  it('reminds the owner of a contact nobody has talked to for N days', async () => {
    await admin.patch('/api/v1/follow-up-rules/contact_created', { enabled: false });
    await admin.patch('/api/v1/follow-up-rules/contact_no_activity', { enabled: true, amount: 10 });
    const contact = (await manager.post('/api/v1/contacts', { firstName: 'Silent', lastName: 'Client' })).json();
    // The last call was eleven days ago, after the rule's watermark.
    await t.database.db
      .updateTable('follow_up_rules')
      .set({ active_since: inHours(-24 * 12) })
      .where('kind', '=', 'contact_no_activity')
      .execute();
    await t.database.db
      .updateTable('contacts')
      .set({ last_contacted_at: inHours(-24 * 11) })
      .where('id', '=', contact.id)
      .execute();
    const s = startReminderScheduler(deps());
    await wait(120);
    await s.stop();
    const tasks = (await manager.get(`/api/v1/tasks?contactId=${contact.id}`)).json().items;
    expect(tasks.map((x: { type: string; title: string }) => [x.type, x.title])).toEqual([
      ['follow_up', 'Get back to Silent Client: no contact for 10 days'],
    ]);
  });
});
