import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mailer, MailMessage } from '../../integrations/email/mailer.ts';
import { type Caller, registerAdmin, startTestApp, type TestApp } from '../../test/harness.ts';
import { EMAIL_ATTEMPTS, sendPendingEmails } from './notifications.mailer.ts';
import { notify } from './notifications.service.ts';

/** A mail server that refuses the next `failures` messages, then accepts. */
class FlakyMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  constructor(public failures: number) {}
  async send(message: MailMessage): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('421 try again later');
    }
    this.sent.push(message);
  }
}

let t: TestApp;
let admin: Caller;

beforeAll(async () => {
  t = await startTestApp();
  admin = await registerAdmin(t.app);
  await admin.patch('/api/v1/notifications/preferences', { task_assigned: { inApp: true, email: true } });
});
afterAll(() => t.close());

const emailState = async (title: string) =>
  t.database.db
    .selectFrom('notifications')
    .select(['email_state', 'email_attempts', 'email_retry_at'])
    .where('title', '=', title)
    .executeTakeFirstOrThrow();

/** Lets the retry time of every waiting email pass, as if the minutes had gone by. */
const timePasses = () =>
  t.database.db
    .updateTable('notifications')
    .set({ email_retry_at: '2000-01-01T00:00:00.000Z' })
    .where('email_state', '=', 'pending')
    .execute();

describe('notification emails', () => {
  it('retries a refused email later, with growing waits, and sends it once', async () => {
    await notify(t.database.db, { userId: admin.user.id, kind: 'task_assigned', title: 'Call Taras' });
    const mailer = new FlakyMailer(2);
    const deps = { ...t.app.deps, mailer };

    expect(await sendPendingEmails(deps)).toBe(1);
    const first = await emailState('Call Taras');
    expect(first).toMatchObject({ email_state: 'pending', email_attempts: 1 });
    const wait1 = Date.parse(first.email_retry_at ?? '') - Date.now();
    expect(wait1).toBeGreaterThan(50_000);
    // Not due yet: nothing is claimed.
    expect(await sendPendingEmails(deps)).toBe(0);

    await timePasses();
    expect(await sendPendingEmails(deps)).toBe(1);
    const second = await emailState('Call Taras');
    expect(second).toMatchObject({ email_state: 'pending', email_attempts: 2 });
    expect(Date.parse(second.email_retry_at ?? '') - Date.now()).toBeGreaterThan(wait1 + 30_000);

    await timePasses();
    expect(await sendPendingEmails(deps)).toBe(1);
    expect(await emailState('Call Taras')).toMatchObject({ email_state: 'sent', email_attempts: 2 });
    expect(mailer.sent.map((m) => m.subject)).toEqual(['Call Taras']);
    expect(await sendPendingEmails(deps)).toBe(0);
    expect(mailer.sent).toHaveLength(1);
  });

  it(`gives up after ${EMAIL_ATTEMPTS} refused attempts`, async () => {
    await notify(t.database.db, { userId: admin.user.id, kind: 'task_assigned', title: 'Meet Oksana' });
    const mailer = new FlakyMailer(100);
    for (let i = 0; i < EMAIL_ATTEMPTS; i++) {
      expect(await sendPendingEmails({ ...t.app.deps, mailer })).toBe(1);
      await timePasses();
    }
    expect(await emailState('Meet Oksana')).toMatchObject({ email_state: 'failed', email_attempts: EMAIL_ATTEMPTS });
    expect(await sendPendingEmails({ ...t.app.deps, mailer })).toBe(0);
  });
});
