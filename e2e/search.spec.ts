import { type Page, expect, test } from '@playwright/test';
import { expectedArticles } from './archive.ts';

const articles = expectedArticles();
const results = (page: Page) => page.locator('pagefind-results .pf-result-title a');

/** Searches on the search page and waits for the announced result count. */
async function search(page: Page, query: string) {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill(query);
  await expect(page.locator('pagefind-summary')).toContainText(`for ${query}`);
}

/** The paths of the result links, in order. */
function resultPaths(page: Page) {
  return results(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test('a surname without diacritics finds the person first, then the articles that name them', async ({ page }) => {
  await search(page, 'Vucic');
  await expect(results(page).first()).toHaveText('Aleksandar Vučić · Person');
  // One seed writes "Vučić", others "Vucic": both are found.
  const written = articles.filter((article) => article.words.some((word) => /^Vu[cč]i[cć]\b/.test(word)));
  await expect
    .poll(() => resultPaths(page))
    .toEqual(expect.arrayContaining(written.map((article) => `/articles/${article.slug}/`)));

  await search(page, 'Radoicic');
  await expect(results(page).first()).toHaveText('Milan Radoičić · Person');
});

test('any alias of a party finds its glossary entry first', async ({ page }) => {
  for (const query of ['Serb List', 'Srpska Lista', 'Lista Srpska']) {
    await search(page, query);
    await expect(results(page).first(), query).toHaveText('Serb List · Organization');
  }
});

test('searching "Banjska" lists all five articles: four name the village, one its monastery', async ({ page }) => {
  await search(page, 'Banjska');
  await expect
    .poll(async () => (await resultPaths(page)).slice(0, 2).sort())
    .toEqual(['/glossary/banjska-monastery/', '/glossary/banjska/']);
  await page.goto('/search/?q=Banjska&Section=Articles');
  const expected = articles.map((article) => `/articles/${article.slug}/`).sort();
  await expect.poll(async () => (await resultPaths(page)).sort()).toEqual(expected);
});

test('a phrase finds the articles that hold it, excerpts highlighted', async ({ page }) => {
  const holding = articles.filter((article) => article.words.join(' ').includes('barricaded themselves'));
  await page.goto('/search/?q=barricaded+themselves&Section=Articles');
  await expect(page.locator('pagefind-summary')).toContainText('results for barricaded themselves');
  // Stemming also finds "barricading themselves": at least the articles holding the phrase are listed.
  await expect
    .poll(() => resultPaths(page))
    .toEqual(expect.arrayContaining(holding.map((article) => `/articles/${article.slug}/`)));
  await expect(page.locator('pagefind-results mark').first()).toHaveText(/barricaded|themselves/i);
});

test('filters narrow the results by entity, with counts, and the URL keeps them', async ({ page }) => {
  await page.goto('/glossary/albin-kurti/');
  const naming = await page
    .locator('.entity__article h3 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(naming.length).toBeGreaterThan(0);

  await search(page, 'Kosovo');
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await filters.locator('summary', { hasText: 'People' }).click();
  const kurti = filters.locator('label', { hasText: 'Albin Kurti' });
  // The count beside the value: the articles naming him, and his own glossary entry.
  await expect(kurti).toHaveText(`Albin Kurti${naming.length + 1}`);
  await kurti.getByRole('checkbox').check();
  await expect(page).toHaveURL(/[?&]People=Albin\+Kurti/);
  await expect(results(page)).toHaveCount(naming.length + 1);
  await expect
    .poll(async () => (await resultPaths(page)).filter((path) => path.startsWith('/articles/')).sort())
    .toEqual([...naming].sort());
});

test('a shared search URL restores the terms, the filters and the results', async ({ page }) => {
  await page.goto('/search/?q=Kosovo&Section=Articles&Year=Undated');
  await expect(page.getByRole('searchbox', { name: 'Search this site' })).toHaveValue('Kosovo');
  const undated = articles.filter((article) => !article.date);
  await expect(results(page)).toHaveCount(undated.length);
  await expect(page.locator('pagefind-summary')).toContainText(`${undated.length} result`);
});

test('opening a result highlights the search terms on the page', async ({ page }) => {
  await search(page, 'Stoltenberg');
  const article = results(page).filter({ hasNotText: '·' }).first();
  await article.click();
  await expect(page).toHaveURL(/\/articles\/.+\?highlight=stoltenberg/i);
  await expect(page.locator('.article mark.pagefind-highlight').first()).toHaveText(/Stoltenberg/);
});

test('the header search box, reached with "/", opens the search page with results', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await expect(box).toBeFocused();
  await box.fill('Kirby');
  await box.press('Enter');
  await expect(page).toHaveURL('/search/?q=Kirby');
  await expect(results(page).first()).toHaveText('John Kirby · Person');
  // Arrow down leaves the box for the results, keyboard only.
  await page.getByRole('searchbox', { name: 'Search this site' }).press('ArrowDown');
  await expect(page.locator('pagefind-results a:focus')).toHaveCount(1);
});

test('the result count is announced to screen readers', async ({ page }) => {
  await search(page, 'Stoltenberg');
  const summary = (await page.locator('pagefind-summary').textContent())?.trim() ?? '';
  expect(summary).toMatch(/^\d+ results for Stoltenberg$/);
  await expect(page.getByRole('status').filter({ hasText: summary })).toHaveCount(1);
});

test('every page has the header search box', async ({ page }) => {
  for (const path of [
    '/',
    '/glossary/',
    '/matrix/',
    `/articles/${articles[0]?.slug}/`,
    '/glossary/nato/',
    '/no-such-page/',
  ]) {
    await page.goto(path);
    await expect(page.locator('header').getByRole('search')).toBeVisible();
  }
});
