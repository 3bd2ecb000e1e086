import { expect, type Locator, type Page, test } from '@playwright/test';
import { apiPost, screenshots, signInAsAdmin, watchCsp } from './helpers.ts';

// The tasks journey: a task is born on a customer's page, moved in the calendar, and its
// reminder arrives in the bell without reloading the page.
const dayKey = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000);
const boundingBox = async (locator: Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
};
const getTask = async (page: Page, id: string): Promise<{ dueAt: string; durationMin: number }> =>
  (await page.request.get(`/api/v1/tasks/${id}`)).json();
// The segmented control's radios are hidden behind their labels, which take the click.
const viewButton = (page: Page, name: string) => page.locator('label').filter({ hasText: new RegExp(`^${name}$`) });
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

  await test.step('in the week grid a timed task moves to another hour and gets longer by its bottom edge', async () => {
    // Tomorrow at 09:00 for 30 minutes, in the browser's zone; tomorrow is always in this or next week's grid.
    const tomorrow = daysFromNow(1);
    const nine = new Date(tomorrow.getFullYear(), tomorrow.getMonth(), tomorrow.getDate(), 9, 0);
    const task = await apiPost(page, '/api/v1/tasks', {
      title: 'Demo for Roman',
      type: 'meeting',
      dueAt: nine.toISOString(),
      durationMin: 30,
      contactId: roman.id,
    });
    await page.goto('/calendar');
    await viewButton(page, 'Week').click();
    const event = page.locator(`[data-event-key="${task.id}"]`);
    // Weeks start on Monday: on a Sunday, tomorrow is in next week's grid. Decided by the date,
    // not by looking: the grid may not have loaded its tasks yet when we would look.
    if (new Date().getDay() === 0) await page.getByRole('button', { name: 'Next' }).click();
    await expect(event).toBeVisible();

    // One hour is 48 px: 96 px down is two hours later, at 11:00.
    const box = await boundingBox(event);
    await page.mouse.move(box.x + box.width / 2, box.y + 6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 40, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + 6 + 96, { steps: 5 });
    await expect(page.getByTestId('calendar-ghost')).toContainText(/11:00/);
    await page.mouse.up();
    await expect
      .poll(async () => (await getTask(page, task.id)).dueAt)
      .toBe(new Date(nine.getTime() + 2 * 3_600_000).toISOString());

    // Its bottom edge dragged 36 px down (45 minutes): 30 minutes become 75.
    const moved = page.locator(`[data-event-key="${task.id}"]`);
    await expect.poll(async () => (await boundingBox(moved)).y).toBeGreaterThan(box.y + 90);
    const edge = await boundingBox(moved.getByTestId('calendar-event-resize'));
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge.x + edge.width / 2, edge.y + 20, { steps: 5 });
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2 + 36, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await getTask(page, task.id)).durationMin).toBe(75);
    expect((await getTask(page, task.id)).dueAt).toBe(new Date(nine.getTime() + 2 * 3_600_000).toISOString());

    // The keyboard does the same: focus, an arrow down moves a quarter hour, Enter saves.
    await moved.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('calendar-ghost')).toContainText(/11:15/);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await getTask(page, task.id)).dueAt)
      .toBe(new Date(nine.getTime() + 2 * 3_600_000 + 15 * 60_000).toISOString());

    await screenshots(page, 'calendar-week-grid');
    await viewButton(page, 'Day').click();
    await page.getByRole('button', { name: 'Today' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator(`[data-event-key="${task.id}"]`)).toBeVisible();
    await screenshots(page, 'calendar-day-grid');
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
