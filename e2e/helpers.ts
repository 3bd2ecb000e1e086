import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const ARTIFACTS = new URL('./artifacts/', import.meta.url);
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** Saves the page at desktop and phone width as artifacts/<name>-<width>.png, then restores the size. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const before = page.viewportSize();
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // The layout animates to the new width: the sidebar slides away on phones and back on desktops.
    const sidebar = page.locator('nav');
    if ((await sidebar.count()) > 0) {
      if (size.name === 'phone') await expect(sidebar).not.toBeInViewport();
      else await expect(sidebar).toBeInViewport();
    }
    await waitForStillLayout(page);
    await page.screenshot({ path: new URL(`${name}-${size.width}.png`, ARTIFACTS).pathname, fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

/** Waits until the main content stops moving: same position on three checks in a row. */
async function waitForStillLayout(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const box = (document.querySelector('main') ?? document.body).getBoundingClientRect();
      const key = `${box.left},${box.top},${box.width}`;
      const state = window as unknown as { spilnoLayout?: { key: string; same: number } };
      const last = state.spilnoLayout;
      state.spilnoLayout = { key, same: last?.key === key ? last.same + 1 : 0 };
      return state.spilnoLayout.same >= 2 && document.getAnimations().every((a) => a.playState !== 'running');
    },
    undefined,
    { polling: 100 },
  );
}

/** Collects Content-Security-Policy violations the page reports in its console. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });
  return violations;
}

export const admin = { name: 'Ada Admin', email: 'ada.admin@example.com', password: 'violet-harbour-lantern-7' };

/** Signs in as the administrator, creating them on the first-run page when the database is fresh. */
export async function signInAsAdmin(page: Page) {
  // The sign-in page sends a fresh installation on to the first-run page.
  await page.goto('/sign-in');
  const firstRun = page.getByRole('heading', { name: 'Create the administrator account' });
  await expect(firstRun.or(page.getByRole('heading', { name: 'Sign in' }))).toBeVisible();
  if (await firstRun.isVisible()) {
    await page.getByLabel('Name', { exact: true }).fill(admin.name);
    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByLabel('Repeat password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Create administrator and sign in' }).click();
  } else {
    await page.getByLabel('Email', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await expect(page.getByRole('heading', { name: `Welcome, ${admin.name}` })).toBeVisible();
}

/** Calls the API with the page's session cookie and its CSRF token, as the web app does. */
export async function apiPost<T extends { id: string } = { id: string }>(page: Page, url: string, body: object): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'spilno_csrf')?.value ?? '';
  const res = await page.request.post(url, { data: body, headers: { 'x-csrf-token': csrf } });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}
