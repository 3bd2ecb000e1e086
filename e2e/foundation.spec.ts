import { expect, type Locator, type Page, test } from '@playwright/test';
import { screenshots, watchCsp } from './helpers.ts';

// The foundation journey: first run, the administrator adds a manager, the manager signs in,
// sees only what a manager may use and makes the app their own (language, theme).
const admin = { name: 'Ada Admin', email: 'ada.admin@example.com', password: 'violet-harbour-lantern-7' };
const manager = { name: 'Max Manager', email: 'max.manager@example.com', password: 'copper-meadow-sailing-42' };

const nav = (page: Page, name = 'Main menu') => page.getByRole('navigation', { name });

async function openAccountMenu(page: Page, label = 'Account menu') {
  await page.getByRole('button', { name: label }).click();
}

/** Chooses an option of a select box (Mantine's Select is a combobox with a listbox). */
async function pick(page: Page, scope: Page | Locator, field: string, option: string) {
  await scope.getByRole('combobox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('foundation: first run, users and roles, a manager makes the app their own', async ({ page }) => {
  const cspViolations = watchCsp(page);

  await test.step('a fresh installation opens on the first-run page', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole('heading', { name: 'Create the administrator account' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Language' })).toBeVisible();
    await screenshots(page, 'first-run');
  });

  await test.step('the first account becomes the administrator and is signed in', async () => {
    await page.getByLabel('Name', { exact: true }).fill(admin.name);
    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByLabel('Repeat password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Create administrator and sign in' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { name: `Welcome, ${admin.name}` })).toBeVisible();
    await expect(page.getByText('You are signed in as Administrator.')).toBeVisible();
    await expect(nav(page).getByText('Settings', { exact: true })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Users and roles' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Audit log' })).toBeVisible();
    await screenshots(page, 'home-admin');
  });

  await test.step('the administrator creates a manager on the Users page', async () => {
    await nav(page).getByRole('link', { name: 'Users and roles' }).click();
    await expect(page).toHaveURL(/\/settings\/users$/);
    await expect(page.getByRole('heading', { name: 'Users and roles' })).toBeVisible();
    await expect(page.getByRole('cell', { name: admin.email })).toBeVisible();

    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Name', { exact: true }).fill(manager.name);
    await dialog.getByLabel('Email', { exact: true }).fill(manager.email);
    await dialog.getByLabel('Password', { exact: true }).fill(manager.password);
    await pick(page, dialog, 'Role', 'Manager');
    await dialog.getByRole('button', { name: 'Create user' }).click();
    const notice = page.getByRole('alert').filter({ hasText: `${manager.name} can now sign in.` });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: 'Close' }).click();
    await expect(notice).toBeHidden();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row').filter({ hasText: manager.email });
    await expect(row.getByText('Manager', { exact: true })).toBeVisible();
    await expect(row.getByText('Active', { exact: true })).toBeVisible();
    await screenshots(page, 'users');
  });

  await test.step('the audit log shows who created the manager', async () => {
    await nav(page).getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    const created = page.getByRole('row').filter({ hasText: 'Created' }).filter({ hasText: manager.email });
    await expect(created).toBeVisible();
    await expect(created.getByText(admin.name)).toBeVisible();
  });

  await test.step('the administrator signs out', async () => {
    await openAccountMenu(page);
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await screenshots(page, 'sign-in');
  });

  await test.step('the manager signs in and sees only what a manager may use', async () => {
    await page.getByLabel('Email', { exact: true }).fill(manager.email);
    await page.getByLabel('Password', { exact: true }).fill(manager.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { name: `Welcome, ${manager.name}` })).toBeVisible();
    await expect(page.getByText('You are signed in as Manager.')).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(nav(page).getByText('Settings', { exact: true })).toHaveCount(0);
    await expect(nav(page).getByText('Users and roles')).toHaveCount(0);
    await expect(nav(page).getByText('Audit log')).toHaveCount(0);
    await screenshots(page, 'home-manager');

    await page.goto('/settings/audit-log');
    await expect(page.getByRole('heading', { name: 'Not available for your role' })).toBeVisible();
  });

  await test.step('on the profile page the manager switches to Ukrainian and the dark theme', async () => {
    await openAccountMenu(page);
    await page.getByRole('menuitem', { name: 'Profile' }).click();
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.getByRole('heading', { name: 'Profile', exact: true })).toBeVisible();
    await expect(page.getByText('This device')).toBeVisible();

    await pick(page, page, 'Language', 'Українська');
    await expect(page.getByRole('heading', { name: 'Профіль', exact: true })).toBeVisible();
    await expect(nav(page, 'Головне меню').getByRole('link', { name: 'Головна' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

    await expect(page.locator('html')).not.toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.getByText('Темна', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

    // Saved on the server, not only in this browser.
    await expect
      .poll(async () => {
        const me = await (await page.request.get('/api/v1/auth/me')).json();
        return `${me.locale} ${me.theme}`;
      })
      .toBe('uk dark');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Профіль', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await screenshots(page, 'profile');
  });

  expect(cspViolations).toEqual([]);
});
