import { expect, test } from '@playwright/test';
import {
  announcement,
  announcedCount,
  articles,
  articleUrl,
  articlesNaming,
  entityUrl,
  expectHighlighted,
  loadAllResults,
  nonEmpty,
  pageKinds,
  resultPaths,
  search,
  searchTimeout,
  searchUi,
  searchUrl,
  watchScriptReports,
} from './site.ts';
import { keyNames, namedEntries, onlyNamedMatch } from '../src/search/entity-names.ts';
import { namesMeta, sectionFilter, sections } from '../src/search/filter-names.ts';

test('a surname without diacritics finds the person first, then the articles that name them', async ({ page }) => {
  const ui = await search(page, 'Vucic');
  await expect(ui.titles.first()).toHaveText('Aleksandar Vučić');
  await expect(ui.kinds.first()).toHaveText(/^Person · /);
  // One seed writes "Vučić", others "Vucic": both are found.
  const written = nonEmpty(
    articles.filter((article) => article.words.some((word) => /^Vu[cč]i[cć]\b/.test(word))),
    'article naming Vučić',
  );
  await expect.poll(() => resultPaths(page)).toEqual(expect.arrayContaining(written.map(articleUrl)));

  await search(page, 'Radoicic');
  await expect(ui.titles.first()).toHaveText('Milan Radoičić');
});

test('any alias of a party finds its glossary entry first', async ({ page }) => {
  for (const query of ['Serb List', 'Srpska Lista', 'Lista Srpska']) {
    const ui = await search(page, query);
    await expect(ui.titles.first(), query).toHaveText('Serb List');
  }
});

test('searching "Banjska": the village first, then all five articles (one names only its monastery), then other entries', async ({
  page,
}) => {
  await search(page, 'Banjska');
  await loadAllResults(page);
  const paths = await resultPaths(page);
  expect(paths[0]).toBe('/glossary/banjska/');
  expect(paths.slice(1, 1 + articles.length).sort()).toEqual(articles.map(articleUrl).sort());
  expect(paths.slice(1 + articles.length).every((path) => path.startsWith('/glossary/'))).toBe(true);
});

test('where no other entry shares a name, the articles whose names metadata holds it are those that mention its entry', async ({
  page,
}) => {
  // The search page relies on this to find those articles without searching by facet (`find-results.ts`).
  await page.goto('/');
  const keyed = keyNames(await (await page.request.get('/search/names.json')).json());
  const cases = nonEmpty(
    keyed.flatMap(({ names }) =>
      names.flatMap(({ written }) => {
        const named = namedEntries(written, keyed);
        if (named.length === 0 || !onlyNamedMatch(written, named, keyed)) return [];
        return [{ query: written, mentions: named.map((entry) => ({ [entry.facet]: [entry.name] })) }];
      }),
    ),
    'name that no other entry shares',
  );
  const found = await page.evaluate(
    async ({ cases, namesMeta, notGlossary }) => {
      type Hit = { id: string; matchedMetaFields?: string[] };
      type Search = (term: string, options: object) => Promise<{ results: Hit[] }>;
      const bundle = '/pagefind/pagefind.js';
      const pagefind = (
        (await import(bundle)) as { createInstance(): { init(): Promise<void>; search: Search } }
      ).createInstance();
      await pagefind.init();
      return Promise.all(
        cases.map(async ({ query, mentions }) => {
          const all = await pagefind.search(query, { filters: notGlossary });
          const mentioning = await pagefind.search(query, { filters: { ...notGlossary, any: mentions } });
          return {
            query,
            byNames: all.results
              .filter((hit) => hit.matchedMetaFields?.includes(namesMeta))
              .map((hit) => hit.id)
              .sort(),
            byFacet: mentioning.results.map((hit) => hit.id).sort(),
          };
        }),
      );
    },
    { cases, namesMeta, notGlossary: { none: [{ [sectionFilter]: [sections.glossary] }] } },
  );
  nonEmpty(
    found.filter(({ byFacet }) => byFacet.length > 0),
    'name whose entry an article mentions',
  );
  for (const { query, byNames, byFacet } of found) expect(byNames, query).toEqual(byFacet);
});

test('the words an article page adds around its text are not searched: the annotation key, the shared-passage notes', async ({
  page,
}) => {
  // Words of the annotation switch's key and of the notes below an article, in no article's own text.
  for (const query of ['dashed', 'earliest known version']) {
    const ui = await search(page, query);
    await expect(ui.summary, query).toHaveText(`No results for ${query}`);
  }
});

test('what an entry is quoted saying is not searched on its page: the words find the articles that quote it', async ({
  page,
}) => {
  const query = 'outstanding issues';
  await page.goto(entityUrl('jens-stoltenberg'));
  await expect(page.getByRole('region', { name: 'Quoted' })).toContainText(query);
  await search(page, query);
  await loadAllResults(page);
  const paths = await resultPaths(page);
  nonEmpty(
    paths.filter((path) => path.startsWith('/articles/')),
    `article found by "${query}"`,
  );
  expect(paths).not.toContain(entityUrl('jens-stoltenberg'));
});

test('a phrase finds the articles that hold it, excerpts highlighted', async ({ page }) => {
  const holding = nonEmpty(
    articles.filter((article) => article.words.join(' ').includes('barricaded themselves')),
    'article holding "barricaded themselves"',
  );
  const ui = await search(page, 'barricaded themselves');
  await expect(ui.summary).toContainText('results for barricaded themselves');
  // Stemming also finds "barricading themselves": at least the articles holding the phrase are listed.
  await expect.poll(() => resultPaths(page)).toEqual(expect.arrayContaining(holding.map(articleUrl)));
  await expect(ui.marks.first()).toHaveText(/barricaded|themselves/i);
});

test('filters narrow the results to articles naming an entity, counting articles, and the URL keeps them', async ({
  page,
}) => {
  const naming = await articlesNaming(page, 'albin-kurti');

  const ui = await search(page, 'Kosovo');
  const all = await announcedCount(page);
  await ui.filterGroup('People').click();
  const kurti = ui.filterValue('Albin Kurti');
  // The count beside the value: the articles naming him (not his own entry).
  await expect(kurti).toHaveText(`Albin Kurti ${naming.length}`);
  await kurti.getByRole('checkbox').check();
  await expect(page).toHaveURL(/[?&]People=Albin\+Kurti/);
  // The keyboard stays on the value just chosen.
  await expect(kurti.getByRole('checkbox')).toBeFocused();
  await expect(ui.summary).toHaveText(`${naming.length} results for Kosovo`);
  await expect.poll(async () => (await resultPaths(page)).sort()).toEqual([...naming].sort());
  // The active filter is shown above the results, and removing it there brings every result back.
  await ui.removeFilter('People', 'Albin Kurti').click();
  await expect(page).toHaveURL(/\?q=Kosovo$/);
  await expect(ui.removeFilter('People', 'Albin Kurti')).toBeHidden();
  await expect(ui.summary).toHaveText(`${all} results for Kosovo`);
  // With no filter left, the reader is back in the search box.
  await expect(ui.box).toBeFocused();
});

test('with the filters open, the counts follow each new query', async ({ page }) => {
  const naming = new Set(await articlesNaming(page, 'albin-kurti'));
  const ui = await search(page, 'Kosovo');
  await ui.filterGroup('People').click();
  await expect(ui.filterValue('Albin Kurti')).toHaveText(`Albin Kurti ${naming.size}`);

  await ui.box.fill('Stoltenberg');
  await expect(ui.summary).toHaveText(announcement('Stoltenberg'));
  await loadAllResults(page);
  const namingAmongResults = (await resultPaths(page)).filter((path) => naming.has(path));
  // The new query must find some of his articles and not all, or the count would not show it followed.
  expect(namingAmongResults.length).toBeGreaterThan(0);
  expect(namingAmongResults.length).toBeLessThan(naming.size);
  await expect(ui.filterValue('Albin Kurti')).toHaveText(`Albin Kurti ${namingAmongResults.length}`);
});

test("typed key by key, each key searching at once, the results and the URL are the last query's", async ({ page }) => {
  const ui = await search(page, 'Kosovo');
  await ui.box.fill('');
  // Keys closer together than a search takes: the searches for "Sto", "Stol"… run or wait while the next keys come.
  await ui.box.pressSequentially('Stoltenberg', { delay: 15 });
  await expect(ui.summary).toHaveText(announcement('Stoltenberg'));
  await expect(ui.titles.first()).toHaveText('Jens Stoltenberg');
  await expect(page).toHaveURL(/\?q=Stoltenberg$/);
  // No search for an earlier prefix lands after the last one.
  await page.waitForTimeout(500);
  await expect(ui.summary).toHaveText(announcement('Stoltenberg'));
});

test('with no query, a facet value lists exactly the articles naming the entity, newest first', async ({ page }) => {
  const naming = await articlesNaming(page, 'john-kirby');
  await page.goto(searchUrl('', { People: 'John Kirby' }));
  const ui = searchUi(page);
  await expect(ui.summary).toHaveText(`${naming.length} results`, { timeout: searchTimeout });
  await expect.poll(async () => (await resultPaths(page)).sort()).toEqual([...naming].sort());
  await expect(ui.removeFilter('People', 'John Kirby')).toBeVisible();
  await expect(ui.filterValue('John Kirby').getByRole('checkbox')).toBeChecked();
});

test('two people combine as "all of" by default and as "any of" on request, and the URL keeps the choice', async ({
  page,
}) => {
  const stoltenberg = await articlesNaming(page, 'jens-stoltenberg');
  const kurti = await articlesNaming(page, 'albin-kurti');
  const both = stoltenberg.filter((path) => kurti.includes(path));
  const either = [...new Set([...stoltenberg, ...kurti])];
  expect(either.length).toBeGreaterThan(both.length);

  await page.goto(searchUrl('', { People: ['Jens Stoltenberg', 'Albin Kurti'] }));
  const ui = searchUi(page);
  await expect(ui.summary).toHaveText(
    both.length === 0 ? 'No results' : `${both.length} result${both.length === 1 ? '' : 's'}`,
    {
      timeout: searchTimeout,
    },
  );
  await expect(ui.activeFilters).toContainText('People, all of:');
  await ui.filters.getByRole('group', { name: 'Articles that name these People' }).getByLabel('any chosen').check();
  await expect(page).toHaveURL(/[?&]any=People/);
  await expect(ui.summary).toHaveText(`${either.length} results`);
  await expect(ui.activeFilters).toContainText('People, any of:');
  await page.reload();
  await expect(ui.summary).toHaveText(`${either.length} results`, { timeout: searchTimeout });
});

test('a year chosen leaves the other years listed with the articles each would add', async ({ page }) => {
  const undated = nonEmpty(
    articles.filter((article) => !article.date),
    'undated article',
  );
  const dated = nonEmpty(
    articles.filter((article) => article.date?.startsWith('2023')),
    'article of 2023',
  );
  await page.goto(searchUrl('', { Year: '2023' }));
  const ui = searchUi(page);
  await expect(ui.summary).toHaveText(`${dated.length} results`, { timeout: searchTimeout });
  await expect(ui.filterValue('Undated')).toHaveText(`Undated ${undated.length}`);
  await ui.filterValue('Undated').getByRole('checkbox').check();
  await expect(ui.summary).toHaveText(`${dated.length + undated.length} results`);
});

test('a filter value in the address that no article has counts 0, whatever word it is', async ({ page }) => {
  // `constructor` is a property every object inherits: the count must not come from there.
  await page.goto(searchUrl('', { Year: 'constructor' }));
  const ui = searchUi(page);
  await expect(ui.summary).toHaveText('No results', { timeout: searchTimeout });
  await expect(ui.filterValue('constructor')).toHaveText('constructor 0');
});

test('a shared search URL restores the terms, the filters and the results', async ({ page }) => {
  await page.goto(searchUrl('Kosovo', { Year: 'Undated' }));
  const ui = searchUi(page);
  await expect(ui.box).toHaveValue('Kosovo');
  const undated = nonEmpty(
    articles.filter((article) => !article.date),
    'undated article',
  );
  await expect(ui.titles).toHaveCount(undated.length);
  await expect(ui.summary).toContainText(`${undated.length} result`);
});

test('a misspelt name finds little, and the page offers the name; following the offer searches it', async ({
  page,
}) => {
  const ui = await search(page, 'Kosovvo');
  await expect(ui.suggestion).toHaveText('Did you mean Kosovo?');
  await ui.suggestion.getByRole('link', { name: 'Kosovo' }).click();
  await expect(ui.box).toHaveValue('Kosovo');
  await expect(page).toHaveURL(/\?q=Kosovo$/);
  await expect(ui.titles.first()).toHaveText('Kosovo');
  await expect(ui.suggestion).toBeHidden();
});

test('opening a result highlights the search terms on the page', async ({ page }) => {
  const reports = watchScriptReports(page);
  const ui = await search(page, 'Stoltenberg');
  await ui.articleTitles.first().click();
  await expect(page).toHaveURL(/\/articles\/.+\?highlight=stoltenberg/i);
  await expectHighlighted(page, page.locator('.article'), /Stoltenberg/, reports);
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
  await expect(ui.titles.first()).toHaveText('John Kirby');
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
