import { expect, type Page, test } from '@playwright/test';
import { apiPost, signInAsAdmin, watchCsp } from './helpers.ts';

// A long pipeline stage: the board shows its first fifty deals, the rest open in place, and a
// deal from the part opened later moves like any other while the totals stay the server's.
const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const cards = (page: Page, name: string) => column(page, name).getByRole('link', { name: /^Paged deal/ });

const run = Date.now().toString(36);
const TOTAL = 55;
const dealName = (n: number) => `Paged deal ${String(n).padStart(2, '0')} ${run}`;

test('deal board: a long column shows more in place, and the deals shown later move too', async ({ page }) => {
  const cspViolations = watchCsp(page);
  await signInAsAdmin(page);
  // Reading the pipelines first makes the default one on a fresh installation, as opening Deals does;
  // a pipeline created before it would leave the installation without a default.
  expect((await page.request.get('/api/v1/pipelines')).status()).toBe(200);
  const pipeline = await apiPost(page, '/api/v1/pipelines', {
    name: `Paging ${run}`,
    stages: [
      { name: 'Offer', probability: 30 },
      { name: 'Contract', probability: 60 },
      { name: 'Won', probability: 100, kind: 'won' },
      { name: 'Lost', probability: 0, kind: 'lost' },
    ],
  });
  const stages = (await (await page.request.get(`/api/v1/pipelines/${pipeline.id}`)).json()).stages as { id: string }[];
  // Created oldest first, so deal 01 is the last card of the column.
  for (let n = 1; n <= TOTAL; n += 1)
    await apiPost(page, '/api/v1/deals', {
      name: dealName(n),
      amount: '10',
      currency: 'UAH',
      pipelineId: pipeline.id,
      stageId: stages[0]?.id,
    });

  await page.goto(`/deals?pipelineId=${pipeline.id}`);
  const offer = column(page, 'Offer');
  await expect(offer.getByTestId('column-count')).toHaveText(String(TOTAL));
  await expect(cards(page, 'Offer')).toHaveCount(50);
  await expect(offer.getByTestId('column-total')).toContainText('550.00');

  await offer.getByRole('button', { name: 'Show more · 5 left' }).click();
  await expect(cards(page, 'Offer')).toHaveCount(TOTAL);
  await expect(offer.getByRole('button', { name: /Show more/ })).toHaveCount(0);
  await expect(page).toHaveURL(/\/deals\?pipelineId=/);

  // The oldest deal came with the second page; it moves by keyboard like the first fifty.
  const oldest = dealName(1);
  await offer.getByRole('button', { name: `Move ${oldest}` }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(`${oldest} is over Offer.`)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`${oldest} is over Contract.`)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(`${oldest} was dropped on Contract.`)).toBeAttached();

  const contract = column(page, 'Contract');
  await expect(contract.getByRole('link', { name: new RegExp(oldest) })).toBeVisible();
  await expect(contract.getByTestId('column-count')).toHaveText('1');
  await expect(contract.getByTestId('column-total')).toContainText('10.00');
  await expect(offer.getByTestId('column-count')).toHaveText(String(TOTAL - 1));
  await expect(offer.getByTestId('column-total')).toContainText('540.00');
  // The board is read again after the move and keeps every card that was open.
  await page.waitForLoadState('networkidle');
  await expect(cards(page, 'Offer')).toHaveCount(TOTAL - 1);

  // A reload starts from the first page again, with the server's totals.
  await page.reload();
  await expect(cards(page, 'Offer')).toHaveCount(50);
  await expect(offer.getByRole('button', { name: 'Show more · 4 left' })).toBeVisible();
  await expect(offer.getByTestId('column-total')).toContainText('540.00');
  expect(cspViolations).toEqual([]);
});
