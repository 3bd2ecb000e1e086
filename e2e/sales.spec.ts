import { expect, type Locator, type Page, test } from '@playwright/test';
import { screenshots, signInAsAdmin, watchCsp } from './helpers.ts';

// The sales journey: a request comes in as a lead, is worked and converted into a customer with
// a deal; the deal gets a product, moves along the pipeline by mouse and by keyboard while the
// column totals follow, and shows up in the forecast.
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

// Unique per run, so the journey also works against a database that already has sales in it.
const run = Date.now().toString(36);
const lead = { name: `Taras Bondar ${run}`, company: `Bondar Bakery ${run}`, email: `taras.${run}@example.com` };
const deal = `Bakery CRM rollout ${run}`;
const product = { sku: `E2E-${run}`, name: `CRM seat ${run}`, price: '1500' };

/** Closes the "saved" notices so that they do not cover the page in screenshots. */
async function dismissNotices(page: Page) {
  const close = page.getByRole('alert').getByRole('button', { name: 'Close' }).first();
  await expect(async () => {
    if (await close.isVisible()) await close.click({ timeout: 1000 });
    await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 500 });
  }).toPass();
}

async function pick(page: Page, scope: Page | Locator, field: string, option: string) {
  await scope.getByRole('combobox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Drags with the mouse in small steps, the way a person does (the board starts a drag after 6 px). */
async function dragTo(page: Page, from: Locator, to: Locator) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('nothing to drag');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + 120, { steps: 15 });
  await page.mouse.up();
}

/**
 * Space picks the card up, an arrow carries it one column over, Space drops it; each step waits
 * for what a screen reader would hear, as a person waits to see the card move.
 */
async function moveByKeyboard(page: Page, name: string, from: string, key: 'ArrowLeft' | 'ArrowRight', to: string) {
  await column(page, from)
    .getByRole('button', { name: `Move ${name}` })
    .focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(`${name} is over ${from}.`)).toBeAttached();
  await page.keyboard.press(key);
  await expect(page.getByText(`${name} is over ${to}.`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(`${name} was dropped on ${to}.`)).toBeAttached();
}

/** The 15th of next month as yyyy-mm-dd: inside the forecast's default twelve months. */
function nextMonth(): string {
  const d = new Date();
  const next = new Date(d.getFullYear(), d.getMonth() + 1, 15);
  return `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-15`;
}

test('sales: a lead becomes a customer with a deal that moves along the pipeline', async ({ page }) => {
  test.setTimeout(180_000);
  const cspViolations = watchCsp(page);
  await signInAsAdmin(page);

  await test.step('a product goes into the catalogue', async () => {
    await nav(page).getByRole('link', { name: 'Products' }).click();
    await expect(page.getByRole('heading', { name: 'Products', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'New product' }).click();
    const dialog = page.getByRole('dialog', { name: 'New product' });
    await dialog.getByLabel('SKU').fill(product.sku);
    await dialog.getByLabel('Name').fill(product.name);
    await dialog.getByLabel('Price', { exact: true }).fill(product.price);
    await dialog.getByLabel('VAT, %').fill('20');
    await dialog.getByRole('button', { name: 'Add product' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('cell', { name: product.name, exact: true })).toBeVisible();
    await dismissNotices(page);
    await screenshots(page, 'products');
  });

  await test.step('a new lead lands in the New column and is taken into work by keyboard', async () => {
    await nav(page).getByRole('link', { name: 'Leads' }).click();
    await expect(page.getByRole('heading', { name: 'Leads', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'New lead' }).click();
    const drawer = page.getByRole('dialog', { name: 'New lead' });
    await drawer.getByLabel('Name', { exact: true }).fill(lead.name);
    await drawer.getByLabel('Email').fill(lead.email);
    await drawer.getByLabel('Company').fill(lead.company);
    await drawer.getByLabel('Interested in').fill('CRM for 20 people');
    await pick(page, drawer, 'Source', 'Website');
    await pick(page, drawer, 'Rating', 'Rating A');
    await drawer.getByRole('button', { name: 'Add lead' }).click();
    await expect(drawer).toBeHidden();
    await expect(column(page, 'New').getByRole('link', { name: new RegExp(lead.name) })).toBeVisible();
    await dismissNotices(page);

    await moveByKeyboard(page, lead.name, 'New', 'ArrowLeft', 'In progress');
    await expect(column(page, 'In progress').getByRole('link', { name: new RegExp(lead.name) })).toBeVisible();
    await expect(column(page, 'New').getByRole('link', { name: new RegExp(lead.name) })).toHaveCount(0);
    await screenshots(page, 'leads');
  });

  await test.step('the lead is converted with a deal, which links to the new contact and deal', async () => {
    await column(page, 'In progress')
      .getByRole('link', { name: new RegExp(lead.name) })
      .click();
    await expect(page.getByRole('heading', { name: lead.name })).toBeVisible();
    await page.getByRole('button', { name: 'Convert' }).click();
    const dialog = page.getByRole('dialog', { name: `Convert ${lead.name}` });
    await expect(dialog.getByLabel('Also create a deal')).toBeChecked();
    await dialog.getByLabel('Deal name').fill(deal);
    await dialog.getByRole('button', { name: 'Convert' }).click();
    await expect(dialog.getByText('Converted: the contact and the deal are ready.')).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'Open the contact' })).toHaveAttribute('href', /\/contacts\/[0-9a-f-]{36}$/);
    await dialog.getByRole('link', { name: 'Open the deal' }).click();
    await expect(page).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: deal })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Stages' }).getByRole('button', { name: /Qualification/ })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  await test.step('a product line sets the amount; an expected close date puts it in the forecast', async () => {
    await page.getByRole('button', { name: 'Add a line' }).click();
    await page.getByRole('combobox', { name: 'Product 1' }).fill(product.sku);
    await page.getByRole('option', { name: new RegExp(product.name) }).click();
    await page.getByLabel('Qty 1').fill('2');
    await expect(page.getByTestId('items-total')).toContainText('3,000.00');
    await page.getByLabel('Disc. % 1').fill('50');
    await expect(page.getByTestId('items-total')).toContainText('1,500.00');
    await page.getByRole('button', { name: 'Save products' }).click();
    await expect(page.getByTestId('deal-amount')).toContainText('1,500.00');

    await page.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit deal' });
    await dialog.getByLabel('Expected close').fill(nextMonth());
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await dismissNotices(page);
    await screenshots(page, 'deal');
  });

  await test.step('on the board the deal is dragged by mouse, then moved by keyboard; totals follow', async () => {
    await nav(page).getByRole('link', { name: 'Deals' }).click();
    const qualification = column(page, 'Qualification');
    const needs = column(page, 'Needs analysis');
    const value = column(page, 'Value proposition');
    const card = (c: Locator) => c.getByRole('link', { name: new RegExp(deal) });
    await expect(card(qualification)).toBeVisible();
    await expect(qualification.getByTestId('column-total')).toContainText('1,500.00');
    const needsBefore = (await needs.getByTestId('column-total').textContent()) ?? '';

    await dragTo(page, card(qualification), needs);
    await expect(card(needs)).toBeVisible();
    await expect(card(qualification)).toHaveCount(0);
    await expect(needs.getByTestId('column-total')).not.toHaveText(needsBefore);
    await expect(needs.getByTestId('column-total')).toContainText('1,500.00');
    // Needs analysis weighs a deal at 20 %.
    await expect(needs.getByTestId('column-weighted')).toContainText('300.00');

    await moveByKeyboard(page, deal, 'Needs analysis', 'ArrowRight', 'Value proposition');
    await expect(card(value)).toBeVisible();
    await expect(card(needs)).toHaveCount(0);
    // Value proposition: 40 % of 1,500.00.
    await expect(value.getByTestId('column-weighted')).toContainText('600.00');
    await screenshots(page, 'deals-board');
  });

  await test.step('the table view lists the deal at its new stage', async () => {
    await page.getByText('Table', { exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: deal });
    await expect(row.getByRole('cell', { name: 'Value proposition' })).toBeVisible();
    await expect(row.getByRole('cell', { name: '40%' })).toBeVisible();
  });

  await test.step('the forecast shows the deal in its month, weighted by probability', async () => {
    await page.getByRole('link', { name: 'Forecast' }).click();
    await expect(page.getByRole('heading', { name: 'Sales forecast' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Sales forecast' });
    await expect(table).toContainText('1,500.00');
    await expect(table).toContainText('600.00');
    await screenshots(page, 'forecast');
  });

  await test.step('the deal goes on to Closed won, which asks why it was won', async () => {
    await nav(page).getByRole('link', { name: 'Deals' }).click();
    await page.getByText('Board', { exact: true }).click();
    const stages = [
      'Value proposition',
      'Id. decision makers',
      'Perception analysis',
      'Proposal/price quote',
      'Negotiation/review',
    ];
    for (const [i, from] of stages.entries()) {
      const to = stages[i + 1] ?? 'Closed won';
      await moveByKeyboard(page, deal, from, 'ArrowRight', to);
      if (to !== 'Closed won') await expect(column(page, to).getByRole('link', { name: new RegExp(deal) })).toBeVisible();
    }
    const dialog = page.getByRole('dialog', { name: 'Close the deal as won' });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Best price and delivery in two days');
    await dialog.getByRole('button', { name: 'Close as won' }).click();
    await expect(dialog).toBeHidden();
    const won = column(page, 'Closed won');
    await expect(won.getByRole('link', { name: new RegExp(deal) })).toBeVisible();
    await expect(won.getByTestId('column-total')).toContainText('1,500.00');
  });

  expect(cspViolations).toEqual([]);
});
