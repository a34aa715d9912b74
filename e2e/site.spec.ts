import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { site as settings } from '../src/site.ts';
import { splitWords } from '../src/text/words.ts';
import type { ExpectedArticle } from './archive.ts';
import {
  announcement,
  articles,
  articleUrl,
  nonEmpty,
  pageKinds,
  pages,
  search,
  searchTimeout,
  searchUi,
} from './site.ts';

test('the home page lists every article, newest first and undated last', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('.article-list > li');
  await expect(items).toHaveCount(articles.length);
  const expectedOrder = [...articles]
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title))
    .map((article) => article.title);
  await expect(items.getByRole('heading', { level: 2 })).toHaveText(expectedOrder);
  for (const article of articles) {
    const item = items.filter({ has: page.getByRole('link', { name: article.title, exact: true }) });
    await expect(item).toContainText(article.source);
    await expect(item).toContainText(article.date ? /\d{1,2} \w+ \d{4}/ : 'Undated');
    // The opening lines come from a remark plugin: they are missing if remark plugins do not run.
    await expect(item.locator('.article-list__excerpt')).not.toBeEmpty();
  }
});

test('each article links to its neighbours in the list, newer before and older after', async ({ page }) => {
  await page.goto('/');
  const order = nonEmpty(
    await page.locator('.article-list h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    'listed article',
  );
  for (const [position, href] of order.entries()) {
    await page.goto(href ?? '');
    const neighbours = page.getByRole('navigation', { name: 'Other articles' });
    const expected = [order[position - 1], order[position + 1]].filter(Boolean);
    await expect(neighbours.getByRole('link')).toHaveCount(expected.length);
    if (position > 0)
      await expect(neighbours.locator('a[rel="prev"]')).toHaveAttribute('href', order[position - 1] ?? '');
    if (position < order.length - 1)
      await expect(neighbours.locator('a[rel="next"]')).toHaveAttribute('href', order[position + 1] ?? '');
  }
});

for (const article of articles) {
  test(`the article page of ${article.source} shows its full text, word for word`, async ({ page }) => {
    await page.goto(articleUrl(article));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    const shown = await page.locator('.article').evaluate((article: HTMLElement) => {
      // Source text only: the headline (not a derived title) and the body's blocks, no page furniture
      // and no shared-passage markers (numbers the site adds, as a footnote's).
      const headline = article.dataset.headline === 'true' ? 'h1, ' : '';
      const blocks = article.querySelectorAll(`${headline}.article__body :is(p, h2)`);
      return [...blocks]
        .map((block) => {
          const copy = block.cloneNode(true) as HTMLElement;
          for (const marker of copy.querySelectorAll('.passage-ref')) marker.remove();
          return copy.textContent;
        })
        .join('\n');
    });
    expect(splitWords(shown)).toEqual(nonEmpty(article.words, `word in ${article.source}`));
  });
}

test('a promotional line is set apart from the article text and left out of search', async ({ page }) => {
  const article = articles.find((candidate) => candidate.words.join(' ').includes('Read next:'));
  test.skip(!article, 'no article has a promotional line');
  if (!article) return;
  await page.goto(articleUrl(article));
  const promotion = page.getByRole('complementary', { name: 'Promotional line in the source' });
  await expect(promotion).toContainText('Read next:');
  // A word that only the promotional line holds, in the whole archive: search must not find it.
  const elsewhere = [...articles.flatMap((other) => other.words), ...glossaryWords()].map(searchWord);
  const promoted = splitWords((await promotion.locator('p').textContent()) ?? '').map(searchWord);
  const onlyHere = promoted.find((word) => word.length > 4 && elsewhere.filter((other) => other === word).length === 1);
  if (!onlyHere) throw new Error('the promotional line has no word of its own to search for');
  await search(page, onlyHere);
  await expect(searchUi(page).summary).toHaveText(announcement(onlyHere), { timeout: searchTimeout });
  await expect(searchUi(page).summary).toContainText('No results');
});

test('each article links to its raw source, served byte for byte and shown as the text it is', async ({
  page,
  request,
}) => {
  // A letter outside ASCII: served without its charset, a browser shows it as mojibake (`â€™` for `’`).
  const outsideAscii = /[^\p{ASCII}]/u;
  const sourceBytes = (article: ExpectedArticle) => readFileSync(path.join('content', 'sources', article.source));
  const [article] = nonEmpty(
    articles.filter((candidate) => outsideAscii.test(sourceBytes(candidate).toString('utf8'))),
    'article whose source has a letter outside ASCII',
  );
  const bytes = sourceBytes(article);
  await page.goto(articleUrl(article));
  const about = page.getByRole('region', { name: 'About this source' });
  const href = (await about.getByRole('link', { name: article.source }).getAttribute('href')) ?? '';
  const response = await request.get(href);
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(Buffer.compare(await response.body(), bytes)).toBe(0);
  const line = bytes
    .toString('utf8')
    .split('\n')
    .find((text) => outsideAscii.test(text));
  await page.goto(href);
  await expect(page.locator('body')).toContainText(line?.trim() ?? '');
});

test('each article says where and when its source was published, how to cite it, and tells reference managers', async ({
  page,
}) => {
  for (const article of articles) {
    await page.goto(articleUrl(article));
    const about = page.getByRole('region', { name: 'About this source' });
    await expect(about.getByRole('definition').first()).toHaveText(
      article.date ? new RegExp(`\\d{1,2} \\w+ ${article.date.slice(0, 4)}`) : 'No date stated in the source',
    );
    await expect(about.getByRole('link', { name: article.source })).toBeVisible();
    const citation = about.locator('.provenance__citation');
    await expect(citation).toContainText(article.title.replace(/[.…\s]+$/, ''));
    await expect(citation).toContainText(`/articles/${article.slug}/`);
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', article.title);
    const published = page.locator('meta[name="citation_publication_date"]');
    if (article.date) await expect(published).toHaveAttribute('content', article.date.replaceAll('-', '/'));
    else await expect(published).toHaveCount(0);
  }
});

test('searching "Kosovo" lists all five articles', async ({ page }) => {
  const ui = await search(page, 'Kosovo');
  await expect(ui.articleTitles).toHaveCount(articles.length);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto(pages.notFound.url);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'list of articles' }).click();
  await expect(page).toHaveURL('/');
});

test('every page has the site name and the main navigation', async ({ page }) => {
  for (const { name, url } of pageKinds) {
    await page.goto(url);
    await expect(page.getByRole('banner').getByRole('link', { name: settings.name, exact: true }), name).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link'), name).toHaveText(['Articles', 'Timeline', 'Glossary', 'Search']);
  }
});

/** A word as search compares it: lower case, without surrounding punctuation. */
function searchWord(word: string): string {
  return word.toLowerCase().replace(/^\P{L}+|\P{L}+$/gu, '');
}

/** Every word of the glossary's files, which search indexes too. */
function glossaryWords(): string[] {
  const folder = path.join('content', 'glossary');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => splitWords(readFileSync(path.join(folder, name), 'utf8')));
}
