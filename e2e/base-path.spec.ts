import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectedArticles } from './archive.ts';

/**
 * The site built with BASE_PATH=/archive/ (`npm run build:archive`), served
 * under /archive/. Paths here are relative to that base.
 */
const base = '/archive/';
const articles = expectedArticles();
const article = articles[0];
if (!article) throw new Error('the archive has no articles');

test('every internal URL in the built pages starts with the base path', () => {
  const offending: string[] = [];
  let pages = 0;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.html')) {
        pages++;
        for (const [, url] of readFileSync(file, 'utf8').matchAll(
          /(?:href|src|action|bundle-path|base-url)="(\/[^"]*)"/g,
        )) {
          if (!url?.startsWith(base)) offending.push(`${file}: ${url}`);
        }
      }
    }
  };
  walk('dist-archive');
  expect(pages).toBeGreaterThan(articles.length);
  expect(offending).toEqual([]);
});

test('pages, styles and scripts load under the base path, with no failed request', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  for (const url of ['./', `articles/${article.slug}/`, 'glossary/', 'glossary/nato/', 'matrix/', 'search/?q=Kosovo']) {
    await page.goto(url);
    await expect(page.locator('header .site-name')).toHaveAttribute('href', base);
  }
  await expect(page.locator('pagefind-summary')).toContainText('results for Kosovo');
  expect(failed).toEqual([]);
  // The stylesheet applied: the header is laid out as a flex row.
  await expect(page.locator('.site-header__inner')).toHaveCSS('display', 'flex');
});

test('mentions, previews and backlinks work under the base path', async ({ page }) => {
  await page.goto(`articles/${article.slug}/`);
  const mention = page.locator('a.mention[data-entity="nato"]').first();
  await expect(mention).toHaveAttribute('href', `${base}glossary/nato/`);
  await mention.hover();
  await expect(page.getByRole('tooltip').getByRole('link')).toHaveAttribute('href', `${base}glossary/nato/`);
  await mention.click();
  await expect(page).toHaveURL(`${base}glossary/nato/`);
  const backlink = page.locator('.entity__mentions a.kwic').first();
  const href = (await backlink.getAttribute('href')) ?? '';
  expect(href.startsWith(`${base}articles/`)).toBe(true);
  await backlink.click();
  await expect(page.locator('a.mention:target')).toHaveAttribute('data-entity', 'nato');
});

test('search works under the base path, and results open with the terms highlighted', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('Stoltenberg');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${base}search/?q=Stoltenberg`);
  const first = page.locator('pagefind-results .pf-result-title a').first();
  await expect(first).toHaveText('Jens Stoltenberg · Person');
  expect(new URL((await first.getAttribute('href')) ?? '', 'http://x').pathname).toBe(
    `${base}glossary/jens-stoltenberg/`,
  );
  await page.locator('pagefind-results .pf-result-title a', { hasNotText: '·' }).first().click();
  await expect(page).toHaveURL(new RegExp(`^http://[^/]+${base}articles/.+\\?highlight=stoltenberg`, 'i'));
  await expect(page.locator('.article mark.pagefind-highlight').first()).toHaveText(/Stoltenberg/);
});

test('the raw source and the 404 page work under the base path', async ({ page, request }) => {
  const response = await request.get(`sources/${article.source}`);
  expect(response.status()).toBe(200);
  expect((await page.goto('no-such-page/'))?.status()).toBe(404);
  await page.getByRole('link', { name: 'list of articles' }).click();
  await expect(page).toHaveURL(base);
});
