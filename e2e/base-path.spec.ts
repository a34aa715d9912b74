import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  announcement,
  articles,
  entityUrl,
  highlights,
  mentions,
  nonEmpty,
  openPreview,
  pageKinds,
  pages,
  searchTimeout,
  searchUi,
  searchUrl,
  underBase,
} from './site.ts';

/**
 * The site built with BASE_PATH=/archive/ (`npm run build:archive`), served
 * under /archive/. Paths here are relative to that base.
 */
const base = '/archive/';
const [article] = articles;

test('every internal URL in the built pages starts with the base path', () => {
  const offending: string[] = [];
  let files = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html')) {
        files++;
        for (const [, url] of readFileSync(file, 'utf8').matchAll(
          /(?:href|src|action|bundle-path|base-url)="(\/[^"]*)"/g,
        )) {
          if (!url?.startsWith(base)) offending.push(`${file}: ${url}`);
        }
      }
    }
  };
  walk('dist-archive');
  expect(files).toBeGreaterThan(articles.length);
  expect(offending).toEqual([]);
});

test('pages, styles and scripts load under the base path, with no failed request', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  // Every kind of page but the 404 (checked below), the search page with results: last, to check them.
  const urls = nonEmpty(
    pageKinds.filter((kind) => kind !== pages.notFound && kind !== pages.search).map((kind) => kind.url),
    'page kind',
  );
  for (const url of [...urls, searchUrl('Kosovo')]) {
    await page.goto(underBase(url));
    await expect(page.locator('header .site-name'), url).toHaveAttribute('href', base);
  }
  await expect(searchUi(page).summary).toHaveText(announcement('Kosovo'), { timeout: searchTimeout });
  expect(failed).toEqual([]);
  // The stylesheet applied: the header is laid out as a flex row.
  await expect(page.locator('.site-header__inner')).toHaveCSS('display', 'flex');
});

test('mentions, previews and backlinks work under the base path', async ({ page }) => {
  await page.goto(underBase(pages.article.url));
  const mention = mentions(page, 'nato').first();
  const nato = `${base}${entityUrl('nato').slice(1)}`;
  await expect(mention).toHaveAttribute('href', nato);
  const card = await openPreview(page, mention);
  await expect(card.getByRole('link')).toHaveAttribute('href', nato);
  await mention.click();
  await expect(page).toHaveURL(nato);
  const backlink = page.locator('.entity__mentions a.kwic').first();
  const href = (await backlink.getAttribute('href')) ?? '';
  expect(href.startsWith(`${base}articles/`)).toBe(true);
  await backlink.click();
  await expect(mentions(page, 'nato').and(page.locator(':target'))).toHaveCount(1);
});

test('search works under the base path, and results open with the terms highlighted', async ({ page }) => {
  await page.goto(underBase(pages.home.url));
  await page.keyboard.press('/');
  await page.keyboard.type('Stoltenberg');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${base}search/?q=Stoltenberg`);
  const ui = searchUi(page);
  const first = ui.titles.first();
  await expect(first).toHaveText('Jens Stoltenberg');
  expect(new URL((await first.getAttribute('href')) ?? '', 'http://x').pathname).toBe(
    `${base}glossary/jens-stoltenberg/`,
  );
  await ui.articleTitles.first().click();
  await expect(page).toHaveURL(new RegExp(`^http://[^/]+${base}articles/.+\\?highlight=stoltenberg`, 'i'));
  await expect(highlights(page.locator('.article')).first()).toHaveText(/Stoltenberg/);
});

test('the raw source and the 404 page work under the base path', async ({ page, request }) => {
  const response = await request.get(`sources/${article.source}`);
  expect(response.status()).toBe(200);
  expect((await page.goto(underBase(pages.notFound.url)))?.status()).toBe(404);
  await page.getByRole('link', { name: 'list of articles' }).click();
  await expect(page).toHaveURL(base);
});
