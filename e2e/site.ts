import { type Locator, type Page, expect } from '@playwright/test';
import { type ExpectedArticle, expectedArticles, expectedEntities } from './archive.ts';

/**
 * One home for what the e2e specs share: the archive they check, the kinds of
 * page the site has, the only copy of the search page's selectors, and
 * helpers to search and to open an entity preview. Specs use these rather
 * than writing their own.
 */

/**
 * The list, or an error when it is empty: a check over no items must fail,
 * never pass vacuously.
 */
export function nonEmpty<T>(list: readonly T[], what: string): readonly [T, ...T[]] {
  if (list.length === 0) throw new Error(`Expected at least one ${what}, found none`);
  return list as readonly [T, ...T[]];
}

/** The archive's articles, as the oracle reads them from `content/`. */
export const articles = nonEmpty(expectedArticles(), 'article in content/articles/');

/** The URL path of an article page. */
export const articleUrl = (article: ExpectedArticle) => `/articles/${article.slug}/`;

/** The URL path of a glossary entry's page. */
export const entityUrl = (slug: string) => `/glossary/${slug}/`;

/**
 * The glossary entry whose name or an alias the most articles hold (the first
 * by slug among equals): an entity page with many mentions to show.
 */
const mostNamedEntity = (() => {
  const texts = articles.map((article) => article.words.join(' '));
  const named = expectedEntities().map((entity) => ({
    slug: entity.slug,
    articles: texts.filter((text) => [entity.name, ...entity.aliases].some((name) => text.includes(name))).length,
  }));
  return nonEmpty(named, 'entry in content/glossary/').reduce((best, entity) =>
    entity.articles > best.articles ? entity : best,
  );
})();

/** A kind of page the site has, with the URL path of one page of that kind. */
export interface PageKind {
  name: string;
  url: string;
}

/** One page of each kind, taken from the archive where it decides (an article, an entity). */
export const pages = {
  home: { name: 'home', url: '/' },
  article: { name: 'article', url: articleUrl(articles[0]) },
  glossary: { name: 'glossary index', url: '/glossary/' },
  entity: { name: 'entity page', url: entityUrl(mostNamedEntity.slug) },
  matrix: { name: 'matrix', url: '/matrix/' },
  /** With its entity filter on, so that the checks see the filter's status too. */
  timeline: { name: 'timeline', url: `/timeline/?entity=${mostNamedEntity.slug}` },
  stories: { name: 'stories', url: '/stories/' },
  search: { name: 'search', url: '/search/' },
  compare: { name: 'compare', url: `/compare/?a=${articles[0].slug}&b=${articles.at(-1)?.slug ?? ''}` },
  notFound: { name: '404', url: '/no-such-page/' },
} as const satisfies Record<string, PageKind>;

/** Every kind of page, in the order above. */
export const pageKinds: readonly PageKind[] = nonEmpty(Object.values(pages), 'page kind');

/**
 * A site path (`/glossary/`) as a URL relative to the tests' `baseURL`
 * (`./glossary/`), so that it opens under a base path such as `/archive/` too.
 */
export const underBase = (url: string) => `.${url}`;

/** Search filters as the search page's URL takes them: filter name → value or values. */
export type SearchFilters = Record<string, string | readonly string[]>;

/** The URL path of the search page for a query and filters (`/search/?q=Banjska&Year=2023`). */
export function searchUrl(query: string, filters: SearchFilters = {}): string {
  const params = new URLSearchParams(query ? { q: query } : {});
  for (const [name, values] of Object.entries(filters)) {
    for (const value of typeof values === 'string' ? [values] : values) params.append(name, value);
  }
  const search = params.toString();
  return search ? `/search/?${search}` : '/search/';
}

/** The selectors of the search page's parts that are not named by their roles. */
export const searchSelectors = { summary: '.search-summary', title: '.search-result__title a' } as const;

/** The parts of the search page: the only place the specs name its elements and classes. */
export function searchUi(page: Page) {
  const { title } = searchSelectors;
  const results = page.getByRole('region', { name: 'Results' }).getByRole('list').first();
  const filters = page.getByRole('complementary', { name: 'Filter articles' });
  return {
    /** The search box. */
    box: page.getByRole('searchbox', { name: 'Search this site' }),
    /** The announced result count, e.g. `35 results for Kosovo`. */
    summary: page.locator(searchSelectors.summary),
    /** Every result shown, loaded or still loading its excerpt. */
    items: results.locator('.search-result'),
    /** The title link of each loaded result, in order. */
    titles: results.locator(title),
    /** What each loaded result is: `Article · Reuters · 15 November 2023`, `Person · …`. */
    kinds: results.locator('.search-result__kind'),
    /** The title links of the loaded results that are articles (glossary entries are the others). */
    articleTitles: results.locator(`${title}[href*="/articles/"]`),
    /** Every link in the results: titles and the links to headings within a result. */
    links: results.getByRole('link'),
    /** The search terms marked in the excerpts. */
    marks: results.locator('mark'),
    /** The button that shows the next page of results. */
    loadMore: page.getByRole('button', { name: /^Show \d+ more results$/ }),
    /** How many results are shown, of how many: `Showing 10 of 4,502`. */
    shown: page.locator('.search-results__status'),
    /** The "Did you mean …?" offer for a query that finds little. */
    suggestion: page.locator('.search-suggestion'),
    /** The filter pane. */
    filters,
    /** The active filters above the results. */
    activeFilters: page.locator('.active-filters'),
    /** The button that removes an active filter. */
    removeFilter: (facet: string, value: string) =>
      page.getByRole('button', { name: `Remove filter ${facet}: ${value}`, exact: true }),
    /** The heading that opens a filter group (`People`, `Year`, …), or the first one. */
    filterGroup: (name?: string) => filters.locator('summary', name ? { hasText: name } : {}).first(),
    /** A filter value with its count, e.g. `Albin Kurti3`; holds its checkbox. */
    filterValue: (name: string) => filters.locator('label', { hasText: name }),
  };
}

/**
 * The URL paths of the articles that name an entity, as its glossary page
 * lists them (its first page of mentions: all of them in the seed archive).
 */
export async function articlesNaming(page: Page, slug: string): Promise<readonly string[]> {
  await page.goto(underBase(entityUrl(slug)));
  const paths = await page
    .locator('.entity__article h3 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return nonEmpty(paths, `article naming ${slug}`);
}

/** The search terms Pagefind's highlighter marked on a page opened from a result. */
export const highlights = (scope: Page | Locator) => scope.locator('mark.pagefind-highlight');

/**
 * Waits for the search terms to be marked on a page opened from a result. If
 * they never are, the failure says what the page's scripts reported (console
 * errors, uncaught exceptions, failed requests since `watched`) and where it was.
 */
export async function expectHighlighted(page: Page, scope: Page | Locator, text: RegExp, watched: string[]) {
  await expect(highlights(scope).first())
    .toHaveText(text)
    .catch((error: unknown) => {
      const reported = watched.length > 0 ? watched.join('\n') : 'nothing';
      throw new Error(`${String(error)}\nAt ${page.url()} the page reported: ${reported}`);
    });
}

/** What a page's scripts report from now on: console errors, uncaught exceptions and failed requests. */
export function watchScriptReports(page: Page): string[] {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') reports.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => reports.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => reports.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  return reports;
}

/**
 * Searches, and waits until the results are announced. Without filters, as a
 * reader does: opens the search page and types the query once the page is
 * ready for it. With filters, as a shared link does: opens the search URL
 * holding the query and the filters.
 */
export async function search(page: Page, query: string, filters: SearchFilters = {}) {
  const ui = searchUi(page);
  if (Object.keys(filters).length > 0) {
    await page.goto(underBase(searchUrl(query, filters)));
  } else {
    await page.goto(underBase(searchUrl('')));
    // The page focuses the box once its script is ready.
    await expect(ui.box).toBeFocused();
    await ui.box.fill(query);
  }
  await expect(ui.summary).toHaveText(announcement(query), { timeout: searchTimeout });
  return ui;
}

/**
 * How long a first search may take: it compiles Pagefind's WebAssembly and
 * loads the index in a fresh browser, which on a loaded CI machine has taken
 * longer than Playwright's default 5 s.
 */
export const searchTimeout = 20_000;

/** The summary once a search for the query has finished (not while it says `Searching for …`). */
export function announcement(query: string): RegExp {
  const term = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*(?:[\\d,]+ results?|No results) for ${term}\\s*$`);
}

/** The URL paths of the loaded results' title links, in order. */
export function resultPaths(page: Page): Promise<string[]> {
  return searchUi(page).titles.evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

/** The result count the summary announces. */
export async function announcedCount(page: Page): Promise<number> {
  const summary = searchUi(page).summary;
  await expect(summary).toHaveText(/^\s*(?:[\d,]+ results?|No results)\b/);
  return Number(/^\s*([\d,]+)/.exec((await summary.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? 0);
}

/**
 * Loads every result of the current search, not just the first page: clicks
 * "Show more results" until every result is shown, waiting each time until
 * more are, then waits until each has loaded. Ends with as many results
 * loaded as the summary announces.
 */
export async function loadAllResults(page: Page): Promise<void> {
  const ui = searchUi(page);
  const total = await announcedCount(page);
  await expect(ui.titles.first()).toBeVisible();
  // Shown results count at once; their titles appear as each excerpt loads.
  for (let shown = await ui.items.count(); shown < total; shown = await ui.items.count()) {
    await ui.loadMore.click();
    await expect
      .poll(() => ui.items.count(), { message: `more than ${shown} of ${total} results shown` })
      .toBeGreaterThan(shown);
  }
  await expect(ui.titles).toHaveCount(total);
}

/** The entity mentions in a page or part of one, or those of one entity (whatever path the site is served under). */
export const mentions = (scope: Page | Locator, entity?: string) =>
  scope.locator(entity ? `a.mention[href$="${entityUrl(entity)}"]` : 'a.mention');

/** The entity a mention link names: the last folder of its glossary page's path. */
export const entityOfMention = (href: string) =>
  /\/glossary\/([^/]+)\/$/.exec(new URL(href, 'http://x/').pathname)?.[1] ?? '';

/** How a reader opens a mention's preview: pointer, keyboard, or touch. */
export type PreviewTrigger = 'hover' | 'focus' | 'tap';

/** Opens a mention's preview card (by hovering it, unless told otherwise) and returns the card once visible. */
export async function openPreview(page: Page, mention: Locator, how: PreviewTrigger = 'hover'): Promise<Locator> {
  if (how === 'hover') await mention.hover();
  else if (how === 'focus') await mention.focus();
  else await mention.tap();
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  return card;
}
