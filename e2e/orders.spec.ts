import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { apiPost, screenshots, signInAsAdmin, watchCsp } from './helpers.ts';

// The orders journey: a manager takes an order for a customer with two catalogue products,
// sees the totals with VAT the server computed, records a part payment, and moves orders
// along in bulk from the orders table.

// Unique per run, so the journey also works against a database that already has orders in it.
const run = Date.now().toString(36);
const cake = { sku: `CAKE-${run}`, name: `Kyiv cake ${run}`, price: '1000.00', vatRate: '20' };
const bread = { sku: `BREAD-${run}`, name: `Rye bread ${run}`, price: '250.00', vatRate: '0' };
const customer = { firstName: 'Oksana', lastName: `Hnatiuk ${run}`, phones: [{ value: '+380671112233' }] };

/** Closes the "saved" notices so that they do not cover the page in screenshots. */
async function dismissNotices(page: Page) {
  const close = page.getByRole('alert').getByRole('button', { name: 'Close' }).first();
  await expect(async () => {
    if (await close.isVisible()) await close.click({ timeout: 1000 });
    await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 500 });
  }).toPass();
}

async function pickProduct(page: Page, line: number, product: { sku: string; name: string }) {
  await page.getByRole('combobox', { name: `Product ${line}` }).fill(product.sku);
  await page.getByRole('option', { name: `${product.name} · ${product.sku}` }).click();
}

test('orders: take an order with two lines, record a part payment, change statuses in bulk', async ({ page }) => {
  const cspViolations = watchCsp(page);
  await signInAsAdmin(page);
  const cakeProduct = await apiPost(page, '/api/v1/products', cake);
  await apiPost(page, '/api/v1/products', bread);
  const contact = await apiPost(page, '/api/v1/contacts', customer);
  const name = `${customer.firstName} ${customer.lastName}`;

  await test.step('a new order for a contact gets two products and the totals with VAT', async () => {
    await page.goto('/orders');
    await page.getByRole('link', { name: 'New order' }).click();
    await expect(page.getByRole('heading', { name: 'New order' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Contact' }).fill(customer.lastName);
    await page.getByRole('option', { name }).click();
    await pickProduct(page, 1, cake);
    await page.getByRole('textbox', { name: 'Qty 1' }).fill('2');
    await page.getByRole('button', { name: 'Add line' }).click();
    await pickProduct(page, 2, bread);
    await expect(page.getByRole('textbox', { name: 'Price 2' })).toHaveValue(bread.price);
    await screenshots(page, 'order-new');
    await page.getByRole('button', { name: 'Create order' }).click();

    await expect(page.getByRole('heading', { name: /^Order / })).toBeVisible();
    // 2 × 1000.00 + 20% VAT and 1 × 250.00 without VAT.
    await expect(page.getByTestId('order-subtotal')).toHaveText(/2,250\.00/);
    await expect(page.getByTestId('order-vat')).toHaveText(/400\.00/);
    await expect(page.getByTestId('order-total')).toHaveText(/2,650\.00/);
    await expect(page.getByTestId('payment-status')).toHaveText('Unpaid');
    await expect(page.getByRole('link', { name })).toHaveAttribute('href', `/contacts/${contact.id}`);
  });

  await test.step('a part payment makes the order partly paid', async () => {
    await page.getByRole('button', { name: 'Record payment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record payment' });
    await dialog.getByRole('textbox', { name: /^Amount/ }).fill('1000');
    await dialog.getByRole('button', { name: 'Record payment' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('payment-status')).toHaveText('Partly paid');
    await expect(page.getByTestId('order-paid')).toHaveText(/1,000\.00/);
    await expect(page.getByTestId('order-due')).toHaveText(/1,650\.00/);
    await dismissNotices(page);
    await screenshots(page, 'order');
  });

  await test.step('an invoice is issued from the order and downloaded as a PDF', async () => {
    await page.getByRole('button', { name: 'Create invoice' }).click();
    await expect(page.getByText(/ issued\.$/)).toBeVisible();
    const documents = page.getByRole('list', { name: 'Quotes and invoices' });
    await expect(documents.getByRole('listitem')).toHaveCount(1);
    await documents.getByRole('button', { name: /^More actions for / }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await readFile(await download.path());
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.length).toBeGreaterThan(5_000);
    await dismissNotices(page);
  });

  await test.step('the orders of the customer move to Shipped together from the table', async () => {
    await apiPost(page, '/api/v1/orders', { contactId: contact.id, items: [{ productId: cakeProduct.id, quantity: '1' }] });
    await page.goto(`/orders?contactId=${contact.id}`);
    const table = page.getByRole('table', { name: 'Orders' });
    await expect(table.getByTestId('order-status')).toHaveText(['New', 'New']);
    await expect(table.getByTestId('payment-status')).toHaveText(['Unpaid', 'Partly paid']);
    await page.getByRole('checkbox', { name: 'Select all loaded orders' }).check();
    const bar = page.getByRole('region', { name: 'Selected orders' });
    await bar.getByRole('combobox', { name: 'New status' }).click();
    await page.getByRole('option', { name: 'Shipped' }).click();
    await bar.getByRole('button', { name: 'Change status' }).click();
    await expect(page.getByText('2 orders moved to Shipped.')).toBeVisible();
    await expect(table.getByTestId('order-status')).toHaveText(['Shipped', 'Shipped']);
    await expect(bar).toBeHidden();
    await dismissNotices(page);
    await screenshots(page, 'orders');
  });

  await test.step('an order entered by mistake is deleted from its page, after a confirmation', async () => {
    const mistake = await apiPost<{ id: string; number: string }>(page, '/api/v1/orders', {
      contactId: contact.id,
      items: [{ productId: cakeProduct.id, quantity: '1' }],
    });
    await page.goto(`/orders/${mistake.id}`);
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(/\/orders$/);
    await expect(page.getByText(`Order ${mistake.number} deleted.`)).toBeVisible();
    expect((await page.request.get(`/api/v1/orders/${mistake.id}`)).status()).toBe(404);
  });

  expect(cspViolations).toEqual([]);
});
