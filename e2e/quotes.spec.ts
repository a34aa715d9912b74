import { expect, test } from '@playwright/test';
import { entityUrl, nonEmpty, resultPaths, searchTimeout, searchUi, searchUrl } from './site.ts';

test('an entity page lists what the articles quote it saying, each linked to the spot', async ({ page }) => {
  await page.goto(entityUrl('john-kirby'));
  const quoted = page.getByRole('region', { name: 'Quoted' });
  const items = nonEmpty(await quoted.getByRole('listitem').all(), 'quotation of John Kirby');
  // The first link is the newest report's; a copied quotation also links the earliest.
  const link = items[0].getByRole('link').first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/\/articles\/[^/]+\/#m-john-kirby-\d+$/);
  const words = ((await items[0].locator('q').textContent()) ?? '').trim();
  await link.click();
  // The spot is the speaker's mention, in the paragraph that holds the quotation.
  const spot = page.locator(':target');
  await expect(spot).toHaveAttribute('href', entityUrl('john-kirby'));
  await expect(page.locator('.article__body p', { has: spot })).toContainText(words);
});

test('quotations are filterable by speaker: the Quoted facet lists the articles that quote the entity', async ({
  page,
}) => {
  await page.goto(entityUrl('john-kirby'));
  const sources = await page
    .getByRole('region', { name: 'Quoted' })
    .getByRole('listitem')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const quoting = [...new Set(nonEmpty(sources, 'article quoting John Kirby'))].sort();

  await page.goto(searchUrl('', { Quoted: 'John Kirby' }));
  const ui = searchUi(page);
  await expect(ui.summary).toHaveText(`${quoting.length} result${quoting.length === 1 ? '' : 's'}`, {
    timeout: searchTimeout,
  });
  await expect.poll(async () => (await resultPaths(page)).sort()).toEqual(quoting);
});
