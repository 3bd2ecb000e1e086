import { deflateSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { apiPost, screenshots, signInAsAdmin, watchCsp } from './helpers.ts';

// The admin side of contacts: a custom field filtered from the list (and kept in a saved view),
// a photo on a contact, the import history with its undo, and the handover of a leaving
// colleague's contacts. Everything it creates is removed at the end, so the other journeys
// still find only their own contacts.

/** A real PNG drawn here (a teal disc on indigo), so the photo is visibly the one uploaded. */
function portraitPng(size = 96): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0); // no filter
    for (let x = 0; x < size; x++) {
      const inside = (x - size / 2) ** 2 + (y - size / 2.4) ** 2 < (size / 3.2) ** 2;
      rows.push(...(inside ? [18, 184, 134] : [76, 110, 245]));
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const csrfOf = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'spilno_csrf')?.value ?? '';
async function apiDelete(page: Page, url: string) {
  const res = await page.request.delete(url, { headers: { 'x-csrf-token': await csrfOf(page) } });
  expect([204, 404], `${url}: ${await res.text()}`).toContain(res.status());
}

/** Closes the notices so they do not cover the page in screenshots. */
async function dismissNotices(page: Page) {
  const close = page.getByRole('alert').getByRole('button', { name: 'Close' }).first();
  await expect(async () => {
    if (await close.isVisible()) await close.click({ timeout: 1000 });
    await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 500 });
  }).toPass();
}

/** What the journey created, removed afterwards (also when it fails) in this order: contacts, users, the rest. */
const created = { contacts: [] as string[], users: [] as string[], other: [] as string[] };
test.afterEach(async ({ page }) => {
  for (const url of [
    ...created.contacts.map((id) => `/api/v1/contacts/${id}`),
    ...created.users.map((id) => `/api/v1/users/${id}`),
    ...created.other,
  ])
    await apiDelete(page, url);
});

test('contacts admin: filter by a custom field, a contact photo, import history, handover', async ({ page }) => {
  // Four journeys in one: longer than the default on a busy machine.
  test.setTimeout(180_000);
  const cspViolations = watchCsp(page);
  await signInAsAdmin(page);
  // Unique per run, so the journey also runs again on the same database.
  const run = Date.now().toString(36);
  const list = page.getByRole('table', { name: 'Contacts' });

  const field = await apiPost(page, '/api/v1/custom-fields', {
    entity: 'contact',
    key: `tier_${run}`,
    label: 'Tier',
    type: 'select',
    options: ['Gold', 'Silver', 'Bronze'],
  });
  created.other.push(`/api/v1/custom-fields/${field.id}`);
  const people = [
    { firstName: 'Zoryana', lastName: 'Hordiyenko', tier: 'Gold' },
    { firstName: 'Yarema', lastName: 'Sribnyi', tier: 'Silver' },
    { firstName: 'Xenia', lastName: 'Zolotar', tier: 'Gold' },
    { firstName: 'Vitalina', lastName: 'Bezrangova', tier: null },
  ];
  for (const p of people) {
    const customFields = p.tier ? { [`tier_${run}`]: p.tier } : {};
    created.contacts.push(
      (await apiPost(page, '/api/v1/contacts', { firstName: p.firstName, lastName: p.lastName, customFields })).id,
    );
  }

  await test.step('the list is filtered by the Tier field, shown as a removable chip kept in the address and a view', async () => {
    await page.goto('/contacts');
    await page.getByRole('button', { name: 'Filter by field' }).click();
    const picker = page.getByRole('dialog', { name: 'Filter by field' });
    await picker.getByRole('combobox', { name: 'Field' }).click();
    await picker.getByRole('option', { name: 'Tier' }).click();
    await picker.getByRole('combobox', { name: 'Value' }).click();
    await picker.getByRole('option', { name: 'Gold' }).click();
    await screenshots(page, 'contacts-admin-filter-picker');
    await picker.getByRole('button', { name: 'Apply' }).click();

    const chips = page.getByRole('list', { name: 'Custom field filters' });
    await expect(chips.getByRole('listitem')).toHaveText(['Tier: Gold']);
    await expect(page).toHaveURL(new RegExp(`custom=tier_${run}%3AGold`));
    await expect(list.getByRole('row').filter({ hasText: 'Zoryana Hordiyenko' })).toHaveCount(1);
    await expect(list.getByRole('row').filter({ hasText: 'Xenia Zolotar' })).toHaveCount(1);
    // Two contacts and the header row: Silver and no tier are filtered out.
    await expect(list.getByRole('row')).toHaveCount(3);

    // The address keeps the filter: a reload shows the same list.
    await page.reload();
    await expect(chips.getByRole('listitem')).toHaveText(['Tier: Gold']);
    await expect(list.getByRole('row')).toHaveCount(3);

    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('menuitem', { name: 'Save current view…' }).click();
    const save = page.getByRole('dialog', { name: 'Save view' });
    await save.getByLabel('View name').fill(`Gold tier ${run}`);
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/saved-views') && r.request().method() === 'POST');
    await save.getByRole('button', { name: 'Save' }).click();
    created.other.unshift(`/api/v1/saved-views/${(await (await saved).json()).id}`);
    await dismissNotices(page);
    await screenshots(page, 'contacts-admin-filter-chips');

    // Removing the chip brings everyone back; picking the view brings the filter back.
    await chips.getByRole('button', { name: 'Remove filter Tier: Gold' }).click();
    await expect(chips).toHaveCount(0);
    await expect(list.getByRole('row').filter({ hasText: 'Yarema Sribnyi' })).toHaveCount(1);
    await page.goto('/contacts');
    await page.getByRole('button', { name: 'Views' }).click();
    await page.getByRole('menuitem', { name: `Gold tier ${run}` }).click();
    await expect(chips.getByRole('listitem')).toHaveText(['Tier: Gold']);
    await expect(list.getByRole('row')).toHaveCount(3);
  });

  await test.step('a photo uploaded on the contact page shows in its header and in the list', async () => {
    await list.getByRole('link', { name: 'Zoryana Hordiyenko' }).click();
    await expect(page.getByRole('heading', { name: 'Zoryana Hordiyenko' })).toBeVisible();
    await page.getByRole('button', { name: 'Photo of Zoryana Hordiyenko' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: 'Upload a photo' }).click();
    await (await chooser).setFiles({ name: 'zoryana.png', mimeType: 'image/png', buffer: portraitPng() });
    await expect(page.getByRole('alert').filter({ hasText: 'Photo saved.' })).toBeVisible();

    const photo = page.getByRole('img', { name: 'Zoryana Hordiyenko' });
    await expect(photo).toHaveAttribute('src', /\/api\/v1\/contacts\/[0-9a-f-]{36}\/avatar\?v=[0-9a-f]{32}$/);
    // Loaded, not a broken image: the browser decoded the 96 px picture.
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
    await dismissNotices(page);
    await screenshots(page, 'contacts-admin-avatar');

    await page.getByRole('link', { name: 'All contacts' }).click();
    const row = list.getByRole('row').filter({ hasText: 'Zoryana Hordiyenko' });
    await expect(row.locator('img')).toHaveAttribute('src', /\/avatar\?v=/);
    await expect.poll(() => row.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
  });

  await test.step('a CSV imported through the wizard is in the import history, with its result and undo', async () => {
    await page.goto('/contacts/import');
    const csv = `First Name,Last Name,Mobile Phone\nOstap ${run},Importenko,063 555 01 01\nPylyp ${run},Importenko,not a phone\n`;
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: `tiers-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Upload and continue' }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('Done', { exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'Import history' }).click();
    await expect(page.getByRole('heading', { name: 'Import history' })).toBeVisible();
    const history = page.getByRole('table', { name: 'Import history' });
    const entry = history.getByRole('row').filter({ hasText: `tiers-${run}.csv` });
    await expect(entry).toContainText('Contacts');
    await expect(entry).toContainText('Ada Admin');
    await expect(entry).toContainText('Done');
    await expect(entry).toContainText('1 created · 0 updated · 0 skipped · 1 failed');
    await screenshots(page, 'contacts-admin-import-history');

    // The contacts list's menu leads here too.
    await page.goto('/contacts');
    await page.getByRole('button', { name: 'More contact list actions' }).click();
    await page.getByRole('menuitem', { name: 'Import history' }).click();
    await expect(page).toHaveURL(/\/contacts\/imports$/);

    await entry.getByRole('link', { name: `Open the result of tiers-${run}.csv` }).click();
    await expect(page.getByRole('heading', { name: `Import of tiers-${run}.csv` })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download the error report' })).toHaveAttribute('href', /\/errors\?format=csv$/);
    await page.getByRole('button', { name: 'Undo this import' }).click();
    const confirm = page.getByRole('dialog', { name: 'Undo this import?' });
    await confirm.getByRole('button', { name: 'Undo this import' }).click();
    await expect(page.getByText('Undone', { exact: true })).toBeVisible();
    const left = await page.request.get(`/api/v1/contacts?q=${encodeURIComponent(`Ostap ${run}`)}`);
    expect((await left.json()).items).toEqual([]);
    await page.getByRole('link', { name: 'Import history' }).click();
    await expect(entry).toContainText('Undone');
  });

  await test.step('deactivating a colleague who owns contacts offers to hand them over', async () => {
    const password = 'amber-willow-crossing-42';
    const leaving = await apiPost(page, '/api/v1/users', {
      email: `lesia.${run}@example.com`,
      name: `Lesia Leaving ${run}`,
      password,
      role: 'manager',
    });
    created.users.push(leaving.id);
    const heir = await apiPost(page, '/api/v1/users', {
      email: `hanna.${run}@example.com`,
      name: `Hanna Heir ${run}`,
      password,
      role: 'manager',
    });
    created.users.push(heir.id);
    for (const firstName of ['Roman', 'Stefa'])
      created.contacts.push(
        (await apiPost(page, '/api/v1/contacts', { firstName, lastName: `Handed ${run}`, ownerId: leaving.id })).id,
      );

    await page.goto('/settings/users');
    await page.getByRole('textbox', { name: 'Search' }).fill(run);
    // The search applies after a pause; a menu opened before would close with the re-rendered row.
    await expect(page.getByRole('button', { name: /^Actions for / })).toHaveCount(2);
    await page.getByRole('button', { name: `Actions for Lesia Leaving ${run}` }).click();
    await page.getByRole('menuitem', { name: 'Deactivate' }).click();
    await page.getByRole('dialog', { name: 'Deactivate user?' }).getByRole('button', { name: 'Deactivate' }).click();

    const dialog = page.getByRole('dialog', { name: `Hand over Lesia Leaving ${run}’s records` });
    await expect(dialog).toContainText('is deactivated but still owns records');
    await expect(dialog.getByRole('listitem')).toHaveText(['2 contacts']);
    await dialog.getByRole('combobox', { name: 'Give them to' }).click();
    await page.getByRole('option', { name: new RegExp(`Hanna Heir ${run}`) }).click();
    await dismissNotices(page);
    await screenshots(page, 'contacts-admin-handover');
    await dialog.getByRole('button', { name: 'Hand over', exact: true }).click();
    await expect(dialog).toContainText(`Handed over to Hanna Heir ${run}:`);
    await expect(dialog.getByRole('listitem')).toHaveText(['2 contacts']);
    await dialog.getByRole('button', { name: 'Close' }).last().click();

    const theirs = await page.request.get(`/api/v1/contacts?ownerId=${heir.id}`);
    expect((await theirs.json()).items.map((c: { firstName: string }) => c.firstName)).toEqual(['Roman', 'Stefa']);

    // The same dialog from the actions menu: now there is nothing left to hand over.
    await page.getByRole('button', { name: `Actions for Lesia Leaving ${run}` }).click();
    await page.getByRole('menuitem', { name: 'Hand over records' }).click();
    await expect(page.getByRole('dialog')).toContainText(`Lesia Leaving ${run} owns no records.`);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
  });

  expect(cspViolations).toEqual([]);
});
