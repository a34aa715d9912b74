import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { htmlProblems } from './html-problems.ts';
import {
  type PageKind,
  articles,
  loadAllResults,
  mentions,
  nonEmpty,
  openPreview,
  pageKinds,
  pages,
  search,
  searchTimeout,
  searchUi,
  searchUrl,
} from './site.ts';
import { searchableFolders } from '../src/search/pagefind-integration.ts';

/** Quality gates over the whole built site: valid HTML, no broken link or anchor, no accessibility violation. */

/** The HTML files in dist/, relative to it. */
function builtFiles(): readonly string[] {
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  return nonEmpty(files, 'HTML file in dist/');
}

/** The URL path of every page in dist/ (folder URLs for index.html). */
function builtPages(): readonly string[] {
  return builtFiles().map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''));
}

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const files = builtFiles();
  expect(files.length).toBeGreaterThan(articles.length);
  expect(await htmlProblems('dist', files)).toEqual([]);
});

test('every page marked for search lies where the Pagefind integration looks for it', () => {
  const marked = builtFiles().filter((file) =>
    readFileSync(path.join('dist', file), 'utf8').includes('data-pagefind-body'),
  );
  expect(marked.length).toBeGreaterThan(articles.length);
  const folders: readonly string[] = searchableFolders;
  const outside = marked.filter((file) => {
    const [folder, slug, name, ...rest] = file.split(path.sep);
    return !(folders.includes(folder ?? '') && slug && name === 'index.html' && rest.length === 0);
  });
  expect(outside).toEqual([]);
});

/** What a page holds that the link check needs. */
async function inspect(page: Page) {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    // Read as attributes: an SVG link's `href` property is not a string.
    const links = [...document.querySelectorAll('a[href], link[href]')].map(
      (element) => new URL(element.getAttribute('href') ?? '', document.baseURI).href,
    );
    const sources = [...document.querySelectorAll<HTMLScriptElement | HTMLImageElement>('script[src], img[src]')].map(
      (element) => element.src,
    );
    const nested = [...document.querySelectorAll('a a, a button, button a')].map((element) => element.outerHTML);
    return { ids, links: [...links, ...sources], nested };
  });
}

test('no broken internal link or anchor, no duplicate id, no nested link, on any page', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const urls = nonEmpty(
    builtPages().filter((url) => url !== '/404.html'),
    'page in dist/',
  );
  const idsByPage = new Map<string, string[]>();
  const links: { from: string; url: URL }[] = [];
  const problems: string[] = [];
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const { ids, links: found, nested } = await inspect(page);
    idsByPage.set(url, ids);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (duplicates.length > 0) problems.push(`${url}: duplicate ids ${[...new Set(duplicates)].join(', ')}`);
    for (const html of nested) problems.push(`${url}: nested interactive element ${html.slice(0, 120)}`);
    for (const href of found) {
      const target = new URL(href);
      if (target.origin === origin) links.push({ from: url, url: target });
    }
  }
  const checked = new Set<string>();
  for (const { from, url } of links) {
    const key = `${url.pathname}#${url.hash}`;
    if (checked.has(key)) continue;
    checked.add(key);
    const known = idsByPage.get(url.pathname);
    if (!known) {
      const status = (await page.request.get(url.pathname)).status();
      if (status !== 200) problems.push(`${from}: ${url.pathname} answers ${status}`);
    } else if (url.hash && !known.includes(decodeURIComponent(url.hash.slice(1)))) {
      problems.push(`${from}: ${url.pathname}${url.hash} has no such anchor`);
    }
  }
  expect(links.length).toBeGreaterThan(500);
  expect(problems).toEqual([]);
});

test('every search result links to a page that exists', async ({ page }) => {
  const built = new Set(builtPages());
  for (const query of ['Kosovo', 'Banjska', 'Vucic', 'NATO', 'Serb List', 'dialogue']) {
    const ui = await search(page, query);
    // Load every result, not just the first ones.
    await loadAllResults(page);
    const hrefs = nonEmpty(
      await ui.links.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
      `result for ${query}`,
    );
    for (const href of hrefs) expect(built.has(href), `${query}: ${href}`).toBe(true);
  }
});

/** Opens a page of a kind as the accessibility check sees it: the search page with results and a filter group open. */
async function open(page: Page, kind: PageKind): Promise<void> {
  if (kind !== pages.search) {
    await page.goto(kind.url);
    return;
  }
  // Results, an active filter, an open facet and a "Did you mean" offer, all at once.
  await page.goto(searchUrl('Kosovvo', { People: 'Albin Kurti' }));
  const ui = searchUi(page);
  await expect(ui.titles.first()).toBeVisible({ timeout: searchTimeout });
  await expect(ui.suggestion).toBeVisible();
  await expect(ui.filterValue('Albin Kurti')).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const kind of pageKinds) {
      const name = kind === pages.search ? 'search with results' : kind.name;
      test(`axe finds no WCAG 2.2 AA violation on the ${name} page`, async ({ page }) => {
        await open(page, kind);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
          ),
        ).toEqual([]);
      });
    }
  });
}

test('no page is wider than a phone’s screen (390 px)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const wide: string[] = [];
  for (const kind of pageKinds) {
    await open(page, kind);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${kind.name}: ${width} px`);
  }
  expect(wide).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`an open preview card, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    test('axe finds no violation in it', async ({ page }) => {
      await page.goto(pages.article.url);
      await openPreview(page, mentions(page).first(), 'focus');
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
    });
  });
}
