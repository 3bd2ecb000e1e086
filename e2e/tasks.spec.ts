import { expect, type Page, test } from '@playwright/test';
import { apiPost, screenshots, signInAsAdmin, watchCsp } from './helpers.ts';

// The tasks journey: a task is born on a customer's page, moved in the calendar, and its
// reminder arrives in the bell without reloading the page.
const dayKey = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000);
const bell = (page: Page) => page.getByRole('button', { name: /^Notifications, \d+ unread$/ });

test('tasks: create from a contact, reschedule in the calendar, get the reminder in the bell', async ({ page }) => {
  test.setTimeout(180_000);
  const cspViolations = watchCsp(page);
  await signInAsAdmin(page);
  const roman = await apiPost(page, '/api/v1/contacts', {
    firstName: 'Roman',
    lastName: 'Tkachenko',
    phones: [{ value: '063 222 11 00' }],
  });

  await test.step('a task typed in plain words on the contact page is due tomorrow at 10:00', async () => {
    await page.goto(`/contacts/${roman.id}`);
    const panel = page
      .locator('div')
      .filter({ has: page.getByRole('heading', { name: 'Tasks', exact: true }) })
      .last();
    await panel.getByRole('textbox', { name: /Add a task/ }).fill('Call Roman tomorrow 10:00');
    await panel.getByRole('button', { name: 'Add' }).click();
    await expect(panel.getByText('Call Roman')).toBeVisible();
    await screenshots(page, 'contact-with-task');
  });

  await test.step('the task moves to another day by dragging it in the calendar', async () => {
    await page.goto('/calendar');
    await page.getByRole('radio', { name: 'Month' }).check({ force: true });
    const tomorrow = page.locator(`[data-day="${dayKey(daysFromNow(1))}"]`);
    const event = tomorrow.getByTestId('calendar-event').filter({ hasText: 'Call Roman' });
    await expect(event).toBeVisible();
    const target = page.locator(`[data-day="${dayKey(daysFromNow(2))}"]`);
    await event.dragTo(target);
    await expect(target.getByTestId('calendar-event').filter({ hasText: 'Call Roman' })).toBeVisible();
    await expect(tomorrow.getByTestId('calendar-event').filter({ hasText: 'Call Roman' })).toHaveCount(0);
    await screenshots(page, 'calendar');
  });

  await test.step('a reminder fires on time and appears in the bell live', async () => {
    // Due in two minutes with a reminder one minute before: the scheduler fires it within a minute and a bit.
    await apiPost(page, '/api/v1/tasks', {
      title: 'Send Roman the offer',
      type: 'email',
      dueAt: new Date(Date.now() + 120_000).toISOString(),
      contactId: roman.id,
      reminders: [{ minutesBefore: 1 }],
    });
    await page.goto('/tasks');
    await expect(bell(page)).toHaveAccessibleName(/[1-9]\d* unread/, { timeout: 120_000 });
    await bell(page).click();
    await expect(page.getByText(/Send Roman the offer/).first()).toBeVisible();
    await screenshots(page, 'notifications');
  });

  expect(cspViolations).toEqual([]);
});
