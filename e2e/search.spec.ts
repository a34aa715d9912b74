import { expect, test } from '@playwright/test';
import {
  articles,
  articleUrl,
  highlights,
  nonEmpty,
  pageKinds,
  resultPaths,
  search,
  searchUi,
  searchUrl,
} from './site.ts';

test('a surname without diacritics finds the person first, then the articles that name them', async ({ page }) => {
  const ui = await search(page, 'Vucic');
  await expect(ui.titles.first()).toHaveText('Aleksandar Vučić · Person');
  // One seed writes "Vučić", others "Vucic": both are found.
  const written = nonEmpty(
    articles.filter((article) => article.words.some((word) => /^Vu[cč]i[cć]\b/.test(word))),
    'article naming Vučić',
  );
  await expect.poll(() => resultPaths(page)).toEqual(expect.arrayContaining(written.map(articleUrl)));

  await search(page, 'Radoicic');
  await expect(ui.titles.first()).toHaveText('Milan Radoičić · Person');
});

test('any alias of a party finds its glossary entry first', async ({ page }) => {
  for (const query of ['Serb List', 'Srpska Lista', 'Lista Srpska']) {
    const ui = await search(page, query);
    await expect(ui.titles.first(), query).toHaveText('Serb List · Organization');
  }
});

test('searching "Banjska" lists all five articles: four name the village, one its monastery', async ({ page }) => {
  await search(page, 'Banjska');
  await expect
    .poll(async () => (await resultPaths(page)).slice(0, 2).sort())
    .toEqual(['/glossary/banjska-monastery/', '/glossary/banjska/']);
  await search(page, 'Banjska', { Section: 'Articles' });
  const expected = articles.map(articleUrl).sort();
  await expect.poll(async () => (await resultPaths(page)).sort()).toEqual(expected);
});

test('a phrase finds the articles that hold it, excerpts highlighted', async ({ page }) => {
  const holding = nonEmpty(
    articles.filter((article) => article.words.join(' ').includes('barricaded themselves')),
    'article holding "barricaded themselves"',
  );
  const ui = await search(page, 'barricaded themselves', { Section: 'Articles' });
  await expect(ui.summary).toContainText('results for barricaded themselves');
  // Stemming also finds "barricading themselves": at least the articles holding the phrase are listed.
  await expect.poll(() => resultPaths(page)).toEqual(expect.arrayContaining(holding.map(articleUrl)));
  await expect(ui.marks.first()).toHaveText(/barricaded|themselves/i);
});

test('filters narrow the results by entity, with counts, and the URL keeps them', async ({ page }) => {
  await page.goto('/glossary/albin-kurti/');
  const naming = nonEmpty(
    await page
      .locator('.entity__article h3 a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    'article naming Albin Kurti',
  );

  const ui = await search(page, 'Kosovo');
  await ui.filterGroup('People').click();
  const kurti = ui.filterValue('Albin Kurti');
  // The count beside the value: the articles naming him, and his own glossary entry.
  await expect(kurti).toHaveText(`Albin Kurti${naming.length + 1}`);
  await kurti.getByRole('checkbox').check();
  await expect(page).toHaveURL(/[?&]People=Albin\+Kurti/);
  await expect(ui.titles).toHaveCount(naming.length + 1);
  await expect
    .poll(async () => (await resultPaths(page)).filter((path) => path.startsWith('/articles/')).sort())
    .toEqual([...naming].sort());
});

test('a shared search URL restores the terms, the filters and the results', async ({ page }) => {
  await page.goto(searchUrl('Kosovo', { Section: 'Articles', Year: 'Undated' }));
  const ui = searchUi(page);
  await expect(ui.box).toHaveValue('Kosovo');
  const undated = nonEmpty(
    articles.filter((article) => !article.date),
    'undated article',
  );
  await expect(ui.titles).toHaveCount(undated.length);
  await expect(ui.summary).toContainText(`${undated.length} result`);
});

test('opening a result highlights the search terms on the page', async ({ page }) => {
  const ui = await search(page, 'Stoltenberg');
  await ui.articleTitles.first().click();
  await expect(page).toHaveURL(/\/articles\/.+\?highlight=stoltenberg/i);
  await expect(highlights(page.locator('.article')).first()).toHaveText(/Stoltenberg/);
});

test('the header search box, reached with "/", opens the search page with results', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await expect(box).toBeFocused();
  await box.fill('Kirby');
  await box.press('Enter');
  await expect(page).toHaveURL('/search/?q=Kirby');
  const ui = searchUi(page);
  await expect(ui.titles.first()).toHaveText('John Kirby · Person');
  // Arrow down leaves the box for the results, keyboard only.
  await ui.box.press('ArrowDown');
  await expect(ui.links.and(page.locator(':focus'))).toHaveCount(1);
});

test('the result count is announced to screen readers', async ({ page }) => {
  // The live region clears itself a moment after it speaks, so record what it says as it says it.
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { announced: string[] }).announced = heard;
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[role="status"]')) {
        const text = region.textContent?.trim();
        if (text) heard.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const ui = await search(page, 'Stoltenberg');
  const summary = (await ui.summary.textContent())?.trim() ?? '';
  expect(summary).toMatch(/^\d+ results for Stoltenberg$/);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { announced: string[] }).announced))
    .toContain(summary);
});

test('every page has the header search box', async ({ page }) => {
  for (const { name, url } of pageKinds) {
    await page.goto(url);
    await expect(page.locator('header').getByRole('search'), name).toBeVisible();
  }
});
