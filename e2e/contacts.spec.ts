import { expect, type Page, test } from '@playwright/test';
import { admin, apiPost, screenshots, signInAsAdmin, watchCsp } from './helpers.ts';

// The contacts journey: a manager's day with customers — add one with a phone typed the way
// people type it, log a call and a note, find them again three ways, tag and save a view,
// merge a duplicate, import a small file.
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

/** Closes the "saved" notices so that they do not cover the page in screenshots. */
async function dismissNotices(page: Page) {
  const close = page.getByRole('alert').getByRole('button', { name: 'Close' }).first();
  await expect(async () => {
    // A notice may close by itself between the check and the click, hence the retries.
    if (await close.isVisible()) await close.click({ timeout: 1000 });
    await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 500 });
  }).toPass();
}

// scripts/test.mjs gives the journeys a fresh database: these are the only contacts in it.
const olenaName = 'Olena Kovalenko';

test('contacts: add, log, find, tag, save a view, merge duplicates, import', async ({ page }) => {
  // The longest journey: 40 to 85 s here, close to the default 90 s on a busy machine.
  test.setTimeout(180_000);
  const cspViolations = watchCsp(page);
  await signInAsAdmin(page);

  await test.step('a new contact with a phone typed as 099 152 44 82 is stored as +380…', async () => {
    await nav(page).getByRole('link', { name: 'Contacts' }).click();
    await expect(page.getByRole('heading', { name: 'Contacts', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'New contact' }).click();
    const drawer = page.getByRole('dialog', { name: 'New contact' });
    await drawer.getByLabel('First name').fill('Olena');
    await drawer.getByLabel('Last name').fill('Kovalenko');
    await drawer.getByLabel('Phone 1', { exact: true }).fill('099 152 44 82');
    await drawer.getByLabel('Email 1', { exact: true }).fill('olena@example.com');
    await drawer.getByLabel('Position').fill('Purchasing manager');
    await drawer.getByLabel('Agrees to receive SMS').check();
    await drawer.getByRole('button', { name: 'Create contact' }).click();
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: olenaName })).toBeVisible();
    const phone = page.getByRole('link', { name: '+380991524482' });
    await expect(phone).toHaveAttribute('href', 'tel:+380991524482');
    await expect(page.getByRole('link', { name: 'olena@example.com' })).toHaveAttribute('href', /^mailto:/);
  });

  await test.step('a call and a pinned note appear on the timeline', async () => {
    const timeline = page.getByRole('feed', { name: 'Timeline' });
    const callForm = page.getByRole('form', { name: 'Call' });
    await callForm.getByLabel('Duration, minutes').fill('3');
    await callForm.getByRole('combobox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'Answered', exact: true }).click();
    await callForm.getByLabel('Notes').fill('Discussed the spring order');
    await callForm.getByRole('button', { name: 'Log call' }).click();
    const call = timeline.getByRole('article', { name: 'Outgoing call' });
    await expect(call).toContainText('3 min · Answered');
    await expect(call).toContainText('Discussed the spring order');
    await expect(call).toContainText(admin.name);
    await expect(page.getByText('Last contacted')).toBeVisible();
    await expect(page.getByText('Never', { exact: true })).toHaveCount(0);

    // The segmented control's radios are hidden behind their labels.
    await page
      .locator('label')
      .filter({ hasText: /^Note$/ })
      .click();
    const noteForm = page.getByRole('form', { name: 'Note' });
    await noteForm.getByLabel('Note').fill('Prefers calls after 14:00');
    await noteForm.getByLabel('Pin to the top').check();
    await noteForm.getByRole('button', { name: 'Add note' }).click();
    const note = timeline.getByRole('article', { name: 'Note' });
    await expect(note).toContainText('Pinned');
    // Pinned notes come first, above the newer-than-nothing call.
    await expect(timeline.getByRole('article').first()).toContainText('Prefers calls after 14:00');
    await dismissNotices(page);
    await screenshots(page, 'contact');
  });

  await test.step('more contacts arrive, one of them a duplicate typed differently', async () => {
    for (const contact of [
      { firstName: 'Olena', lastName: 'Kovalenko', phones: [{ value: '+380 99 152 44 82', label: 'work' }], tags: ['retail'] },
      { firstName: 'Taras', lastName: `Melnyk`, phones: [{ value: '067 123 45 67', label: 'mobile' }], tags: ['new'] },
      { firstName: 'Giulia', lastName: `Rossi`, emails: [{ value: `giulia@example.it`, label: 'work' }], position: 'Buyer' },
      { firstName: 'Andriy', lastName: `Bondar`, phones: [{ value: '050 765 43 21', label: 'mobile' }], source: 'referral' },
      { firstName: 'Iryna', lastName: `Shevchuk`, emails: [{ value: `iryna@example.com`, label: 'home' }], tags: ['returning'] },
    ])
      await apiPost(page, '/api/v1/contacts', contact);
  });

  const list = page.getByRole('table', { name: 'Contacts' });
  const search = page.getByRole('searchbox', { name: 'Search' });

  await test.step('the list finds them by part of a phone and by name', async () => {
    await page.getByRole('link', { name: 'All contacts' }).click();
    await search.fill('99-152');
    await expect(list.getByRole('row').filter({ hasText: olenaName })).toHaveCount(2);
    await expect(list.getByRole('row').filter({ hasText: `Melnyk` })).toHaveCount(0);
    await search.fill(`Melnyk`);
    await expect(list.getByRole('row').filter({ hasText: `Taras Melnyk` })).toHaveCount(1);
    await expect(list.getByRole('row').filter({ hasText: olenaName })).toHaveCount(0);
  });

  await test.step('a click on a column header sorts by it, again reverses', async () => {
    await search.fill('');
    const name = list.getByRole('columnheader', { name: 'Name' });
    await expect(name).toHaveAttribute('aria-sort', 'ascending');
    await name.getByRole('button').click();
    await expect(name).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=-name/);
    await name.getByRole('button').click();
    await expect(name).toHaveAttribute('aria-sort', 'ascending');
  });

  await test.step('Ctrl-K finds a contact from anywhere and opens it', async () => {
    await nav(page).getByRole('link', { name: 'Home' }).click();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: 'Quick search' });
    await box.fill(`Rossi`);
    await expect(page.getByRole('option', { name: /Giulia Rossi/ })).toBeVisible();
    await box.press('Enter');
    await expect(page.getByRole('heading', { name: `Giulia Rossi` })).toBeVisible();
  });

  await test.step('two contacts are tagged at once from the list', async () => {
    await nav(page).getByRole('link', { name: 'Contacts' }).click();
    // Six contacts and the header row.
    await expect(list.getByRole('row')).toHaveCount(7);
    await list.getByRole('checkbox', { name: `Select Giulia Rossi` }).check();
    await list.getByRole('checkbox', { name: `Select Andriy Bondar` }).check();
    const bar = page.getByRole('region', { name: 'Selected contacts' });
    await expect(bar).toContainText('2 selected');
    await bar.getByRole('button', { name: 'Tag', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Tag 2 contacts' });
    await dialog.getByLabel('Tag').fill('wholesale');
    await dialog.getByRole('button', { name: 'Add tag' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '2 contacts tagged.' })).toBeVisible();
    await expect(list.getByRole('row').filter({ hasText: 'wholesale' })).toHaveCount(2);
  });

  await test.step('the wholesale filter is saved as a shared view', async () => {
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('textbox', { name: 'Tag' }).fill('wholesale');
    await expect(list.getByRole('row')).toHaveCount(3);
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('menuitem', { name: 'Save current view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save view' });
    await dialog.getByLabel('View name').fill('Wholesale');
    await dialog.getByLabel('Share with everyone').check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Wholesale' })).toBeVisible();

    // Picking the view from a clean list brings its filter back.
    await page.goto('/contacts');
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('menuitem', { name: 'Wholesale' }).click();
    await expect(list.getByRole('row')).toHaveCount(3);
    await page.goto('/contacts');
    await dismissNotices(page);
    await screenshots(page, 'contacts');
  });

  await test.step('the two Olenas are merged on the duplicates page', async () => {
    await page.getByRole('link', { name: 'Duplicates' }).click();
    await expect(page.getByRole('heading', { name: 'Duplicates' })).toBeVisible();
    const group = page.getByRole('group', { name: 'Same phone: +380991524482' });
    await expect(group.getByRole('link', { name: olenaName })).toHaveCount(2);
    await screenshots(page, 'duplicates');
    await group.getByRole('button', { name: 'Merge' }).click();
    const confirm = page.getByRole('dialog', { name: 'Merge contacts?' });
    await expect(confirm).toContainText(`1 other contact will be merged into ${olenaName}`);
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `Merged into ${olenaName}.` })).toBeVisible();
    await expect(group).toHaveCount(0);

    await page.goto('/contacts?q=Kovalenko');
    await expect(list.getByRole('row').filter({ hasText: olenaName })).toHaveCount(1);
  });

  await test.step('an extra field defined in the company settings appears on the contact', async () => {
    await nav(page).getByRole('link', { name: 'Company settings' }).click();
    await expect(page.getByRole('heading', { name: 'Company settings' })).toBeVisible();
    await expect(page.getByLabel('Default phone region')).toHaveValue('UA');
    const contactFields = page.getByRole('region', { name: 'Contacts' });
    await contactFields.getByRole('button', { name: 'Add field' }).click();
    const dialog = page.getByRole('dialog', { name: 'New field' });
    await dialog.getByLabel('Label').fill('Loyalty level');
    await expect(dialog.getByLabel('Key')).toHaveValue('loyalty_level');
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'List', exact: true }).click();
    await dialog.getByLabel('Options').fill('gold');
    await dialog.getByLabel('Options').press('Enter');
    await dialog.getByLabel('Options').fill('silver');
    await dialog.getByLabel('Options').press('Enter');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(contactFields.getByText('Loyalty level')).toBeVisible();
    await dismissNotices(page);
    await screenshots(page, 'company-settings');
  });

  await test.step('a company is created, Olena joins it, and its page lists her', async () => {
    await nav(page).getByRole('link', { name: 'Companies' }).click();
    await page.getByRole('button', { name: 'New company' }).click();
    const dialog = page.getByRole('dialog', { name: 'New company' });
    await dialog.getByLabel('Company name').fill('Dnipro Trade');
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Customer', exact: true }).click();
    await dialog.getByRole('button', { name: 'Create company' }).click();
    await expect(page.getByRole('heading', { name: 'Dnipro Trade' })).toBeVisible();

    await page.goto('/contacts?q=Kovalenko');
    await list.getByRole('link', { name: olenaName }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    const drawer = page.getByRole('dialog', { name: 'Edit contact' });
    await drawer.getByRole('combobox', { name: 'Company' }).fill('Dnipro');
    await page.getByRole('option', { name: 'Dnipro Trade' }).click();
    await drawer.getByRole('combobox', { name: 'Loyalty level' }).click();
    await page.getByRole('option', { name: 'gold', exact: true }).click();
    await drawer.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Loyalty level')).toBeVisible();
    await page.getByRole('link', { name: 'Dnipro Trade' }).click();
    await expect(page.getByRole('heading', { name: 'Dnipro Trade' })).toBeVisible();
    await expect(page.getByRole('link', { name: olenaName })).toBeVisible();
    await dismissNotices(page);
    await screenshots(page, 'company');
  });

  await test.step('a small CSV goes through the import wizard', async () => {
    const probe = await page.request.get('/api/v1/imports');
    if (probe.status() === 404) {
      test.info().annotations.push({ type: 'not run', description: 'the import API is not there yet' });
      return;
    }
    await page.goto('/contacts');
    await page.getByRole('link', { name: 'Import' }).click();
    await expect(page.getByRole('heading', { name: 'Import' })).toBeVisible();
    const csv = `First Name,Last Name,Mobile Phone,E-mail Address\nMarta,Hnatyuk,063 111 22 33,marta@example.com\nPetro,Savchuk,not a phone,petro@example.com\n`;
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and continue' }).click();
    await expect(page.getByRole('table', { name: 'Columns' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Where Mobile Phone goes' })).toHaveValue('Phone');
    await screenshots(page, 'import');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.getByText('This is what the import will do.')).toBeVisible();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('Done', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download the error report' })).toBeVisible();
    await screenshots(page, 'import-result');
    await page.getByRole('link', { name: 'Open the list' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(`Hnatyuk`);
    await expect(list.getByRole('row').filter({ hasText: `Marta Hnatyuk` })).toHaveCount(1);
  });

  expect(cspViolations).toEqual([]);
});
