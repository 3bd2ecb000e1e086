import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page, test } from '@playwright/test';
import { apiPost, screenshots, signInAsAdmin, watchCsp } from './helpers.ts';

// The web-to-lead journey: the admin sets up a form for the shop's website and copies its code;
// a visitor on that website sends it, a stranger's site is refused, and the lead waits on the
// leads board with the colleague the form hands its leads to.
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

const run = Date.now().toString(36);
const formName = `Shop contact form ${run}`;
const seller = { name: `Maria Forms ${run}`, email: `maria.${run}@example.com` };
const visitor = `Olha Visitor ${run}`;
const pageVisitor = `Petro Visitor ${run}`;
// The shop's website, on a port of its own, so another origin; it is served on this machine
// because Chromium keeps pages on public addresses from loading scripts from a local one.
let shopSite: Server;
let shop = '';
let shopPage = '';

test.beforeAll(async () => {
  shopSite = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(shopPage));
  await new Promise<void>((resolve) => shopSite.listen(0, '127.0.0.1', resolve));
  shop = `http://127.0.0.1:${(shopSite.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => shopSite.close(() => resolve())));

test('web forms: a form is set up and embedded, and a visitor becomes a lead for the chosen colleague', async ({
  page,
  request,
  baseURL,
}) => {
  const cspViolations = watchCsp(page);
  await signInAsAdmin(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await apiPost(page, '/api/v1/users', { ...seller, password: 'amber-meadow-compass-42', role: 'manager' });

  await test.step('the admin creates a form that hands every lead to one colleague', async () => {
    await nav(page).getByRole('link', { name: 'Web forms' }).click();
    await expect(page.getByRole('heading', { name: 'Web forms', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'New form' }).click();
    const dialog = page.getByRole('dialog', { name: 'New form' });
    await dialog.getByLabel('Name', { exact: true }).fill(formName);
    // A page address is pasted; the form keeps only the website's origin.
    const origins = dialog.getByRole('combobox', { name: 'Allowed websites' });
    await origins.fill(`${shop}/contacts`);
    await origins.press('Enter');
    await expect(dialog.getByText(shop, { exact: true })).toBeVisible();
    await expect(dialog.getByText(/Only pages on these websites may send the form/)).toBeVisible();
    await dialog.getByText('One person', { exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('option', { name: new RegExp(seller.name) }).click();
    await screenshots(page, 'web-forms-new');
    await dialog.getByRole('button', { name: 'Create form' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: new RegExp(formName) });
    await expect(row).toContainText(`One person: ${seller.name}`);
    await expect(row.getByRole('cell').nth(4)).toHaveText('0');
    await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 8000 });
    await screenshots(page, 'web-forms');
  });

  let endpoint = '';
  let script = '';
  await test.step('the embed panel shows the script and the plain form with this address, ready to copy', async () => {
    await page
      .getByRole('row', { name: new RegExp(formName) })
      .getByRole('button', { name: 'Embed' })
      .click();
    const panel = page.getByRole('dialog', { name: `Put “${formName}” on your website` });
    script = (await panel.getByTestId('embed-script-code').textContent()) ?? '';
    const src = /src="([^"]+)\/embed\.js"/.exec(script)?.[1] ?? '';
    expect(src).toMatch(new RegExp(`^${baseURL}/api/v1/public/forms/[0-9a-f-]{36}$`));
    endpoint = src;
    const html = (await panel.getByTestId('embed-html-code').textContent()) ?? '';
    expect(html).toContain(`action="${endpoint}"`);
    expect(html).toContain('name="website"');

    await panel.getByRole('button', { name: 'Copy: Script' }).click();
    await expect(panel.getByRole('button', { name: 'Copy: Script' })).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);
    await panel.getByRole('button', { name: 'Copy: Plain HTML form' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(html);

    const embed = await request.get(`${endpoint}/embed.js`);
    expect(embed.status()).toBe(200);
    expect(embed.headers()['content-type']).toMatch(/javascript/);
    await screenshots(page, 'web-forms-embed');
    await panel.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('the shop’s website may send the form; another website may not', async () => {
    const lead = { name: visitor, phone: '067 765 43 21', message: 'Wedding cake for 80 guests' };
    const refused = await request.post(endpoint, {
      data: { ...lead, name: 'Evil' },
      headers: { origin: 'https://evil.example' },
    });
    expect(refused.status()).toBe(403);
    const sent = await request.post(endpoint, { data: lead, headers: { origin: shop } });
    expect(sent.status(), await sent.text()).toBe(201);
    expect(sent.headers()['access-control-allow-origin']).toBe(shop);
    expect((await sent.json()).message).toBe('Thank you! We will get back to you soon.');
  });

  await test.step('on the shop’s own page, the pasted script shows the form and sends it', async () => {
    shopPage = `<!doctype html><title>Shop</title><h1>Contact us</h1>${script}`;
    const site = await page.context().newPage();
    await site.goto(`${shop}/contacts`);
    await site.getByLabel('Your name').fill(pageVisitor);
    await site.getByLabel('Email').fill(`petro.${run}@example.com`);
    await site.getByLabel('Message').fill('Birthday cake');
    await site.getByRole('button', { name: 'Send' }).click();
    await expect(site.getByRole('status')).toHaveText('Thank you! We will get back to you soon.');
    await site.close();
  });

  await test.step('the leads are on the leads board, assigned to the chosen colleague', async () => {
    await nav(page).getByRole('link', { name: 'Leads' }).click();
    const card = page.getByRole('region', { name: 'New', exact: true }).getByRole('link', { name: new RegExp(visitor) });
    await expect(card).toBeVisible();
    await expect(card).toContainText(`Website · ${seller.name}`);
    await expect(
      page.getByRole('region', { name: 'New', exact: true }).getByRole('link', { name: new RegExp(pageVisitor) }),
    ).toContainText(`Website · ${seller.name}`);
    await expect(page.getByText('Evil', { exact: true })).toHaveCount(0);
  });

  await test.step('switched off, the form refuses visitors; deleted after a confirmation', async () => {
    await nav(page).getByRole('link', { name: 'Web forms' }).click();
    const row = page.getByRole('row', { name: new RegExp(formName) });
    await expect(row.getByRole('cell').nth(4)).toHaveText('2');
    await row.getByRole('switch', { name: `${formName} accepts leads` }).click({ force: true });
    await expect(row.getByRole('switch', { name: `${formName} accepts leads` })).not.toBeChecked();
    const late = await request.post(endpoint, {
      data: { name: 'Late', email: `late.${run}@example.com` },
      headers: { origin: shop },
    });
    expect(late.status()).toBe(404);

    await row.getByRole('button', { name: `Delete ${formName}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the web form?' });
    await expect(confirm).toContainText('The leads it created stay.');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(row).toHaveCount(0);
  });

  expect(cspViolations).toEqual([]);
});
