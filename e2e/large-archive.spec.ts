import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Page, expect, test } from '@playwright/test';
import { cjkHeadlines, kirbyQuotes } from '../src/bench/cjk-reports.ts';
import { serbianHeadlines } from '../src/bench/serbian-reports.ts';
import {
  renamedCopy,
  renamedCopyOther,
  sharedHeadline,
  wireCopyDay,
  wireCopyEntity,
} from '../src/bench/wire-copies.ts';
import { formatCalendarDate } from '../src/text/calendar-date.ts';
import { htmlProblems } from './html-problems.ts';
import { announcedCount, entityUrl, nonEmpty, search } from './site.ts';

/**
 * A generated archive of many articles (`npm run build:large`, served from
 * dist-large/): every list that grows with the archive runs over pages of a
 * bounded size, and each page links to the rest.
 */

const pager = (page: Page) => page.getByRole('navigation', { name: /^Pages of/ });

/** The number N of "Page n of N", which every paged list shows. */
async function pageCount(page: Page): Promise<number> {
  const position = (await pager(page).first().locator('.pager__position').textContent()) ?? '';
  return Number(/of (\d+)/.exec(position)?.[1] ?? Number.NaN);
}

test('the article list runs over pages of 50, and every article is on exactly one of them', async ({ page }) => {
  await page.goto('/');
  const total = Number(/^(\d+) articles/.exec((await page.locator('main .meta').first().textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(100);
  const pages = await pageCount(page);
  expect(pages).toBe(Math.ceil(total / 50));

  const addresses: (string | null)[] = [];
  for (let number = 1; number <= pages; number++) {
    if (number > 1) {
      await pager(page).getByRole('link', { name: 'Next →' }).click();
      await expect(page).toHaveURL(`/page/${number}/`);
    }
    // By address: wire copies may share a headline.
    const onPage = await page
      .locator('.article-list > li h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(onPage.length).toBe(number < pages ? 50 : total - 50 * (pages - 1));
    addresses.push(...onPage);
  }
  expect(new Set(addresses).size).toBe(total);
  await expect(pager(page).getByRole('link', { name: 'Next →' })).toHaveCount(0);
});

test('an entity’s mentions run over pages, with a jump list by year, and add up to its count', async ({ page }) => {
  await page.goto('/glossary/kosovo/');
  const facts = (await page.locator('.entity__in-archive').last().textContent()) ?? '';
  const [, mentions = '', articles = ''] = /([\d,]+) mentions? in ([\d,]+) articles?/.exec(facts) ?? [];
  const pages = await pageCount(page);
  expect(pages).toBeGreaterThan(1);
  const years = page.getByRole('navigation', { name: 'Mentions by year' }).getByRole('link');
  await expect(years).not.toHaveCount(0);
  // A year leads to the first article of that year, on the page that holds it.
  await years.last().click();
  await expect(page.locator(':target.entity__article')).toHaveCount(1);
  await page.goto('/glossary/kosovo/');

  let sections = 0;
  let listed = 0;
  for (let number = 1; number <= pages; number++) {
    if (number > 1) await page.goto(`/glossary/kosovo/mentions/${number}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kosovo');
    sections += await page.locator('.entity__article').count();
    listed += await page.locator('.entity__mentions > li').count();
  }
  expect(sections).toBe(Number(articles.replace(/,/g, '')));
  expect(listed).toBe(Number(mentions.replace(/,/g, '')));
});

test('a count in any page of the matrix leads to those mentions, on the page of the entity that holds them', async ({
  page,
}) => {
  await page.goto('/matrix/');
  const pages = await pageCount(page);
  expect(pages).toBeGreaterThan(2);
  await page.goto(`/matrix/${pages}/`);
  const row = page.locator('tbody tr', { has: page.getByRole('link', { name: 'Kosovo', exact: true }) });
  const cell = row.locator('td a').last();
  const count = Number(await cell.textContent());
  expect(count).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/\/glossary\/kosovo\/(mentions\/\d+\/)?#in-/);
  await expect(page.locator(':target .entity__mentions > li')).toHaveCount(count);
});

test('a quotation copied into many reports is listed once, with how many others carry it and the earliest', async ({
  page,
}) => {
  await page.goto(entityUrl('john-kirby'));
  const quoted = page.getByRole('region', { name: 'Quoted' });
  const items = nonEmpty(await quoted.getByRole('listitem').all(), 'quotation of John Kirby');
  const words = await quoted.locator('li q').allTextContents();
  expect(new Set(words.map((text) => text.trim().toLowerCase())).size).toBe(words.length);
  const copied = quoted.getByRole('listitem').filter({ hasText: /also in \d+ other reports?, the earliest/ });
  nonEmpty(await copied.all(), 'copied quotation');
  await expect(quoted.locator('.meta')).toContainText(
    /\d+ quotations the articles attribute to John Kirby, (\d+ different|all in the same words)\./,
  );
  expect(items.length).toBeLessThanOrEqual(20);
});

test('search shows ten results at a time, and ten more on request', async ({ page }) => {
  const ui = await search(page, 'Kosovo');
  const total = await announcedCount(page);
  expect(total).toBeGreaterThan(20);
  await expect(ui.items).toHaveCount(10);
  await expect(ui.shown).toHaveText(`Showing 10 of ${total.toLocaleString('en')}`);
  await ui.loadMore.click();
  await expect(ui.items).toHaveCount(20);
  await expect(ui.titles).toHaveCount(20);
  await expect(ui.shown).toHaveText(`Showing 20 of ${total.toLocaleString('en')}`);
});

test('a search in either script of Serbian finds the reports written in the other, words marked as searched', async ({
  page,
}) => {
  // Each word is only in the report written in the other script.
  const latin = await search(page, 'prodavnice');
  await expect(latin.articleTitles).toHaveText([serbianHeadlines.cyrillic]);
  await expect(latin.marks.first()).toHaveText(/prodavnice/i);
  const cyrillic = await search(page, 'цариници');
  await expect(cyrillic.articleTitles).toHaveText([serbianHeadlines.latin]);
  await expect(cyrillic.marks.first()).toHaveText(/цариници/i);
});

test('Chinese and Japanese reports link names among their letters, quote Kirby and mark the sentences a copy shares', async ({
  page,
}) => {
  await page.goto('/articles/chinese-copy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cjkHeadlines.copy);
  const text = page.locator('[lang="zh"]').first();
  await expect(text.getByRole('link', { name: '科索沃' }).first()).toHaveAttribute('href', '/glossary/kosovo/');
  await expect(text.getByRole('link', { name: '柯比' })).toHaveAttribute('href', '/glossary/john-kirby/');
  // Its first two paragraphs are the wire's, a word changed in one: shared, the wire the earliest.
  await expect(page.locator('.passage-ref')).toHaveCount(2);
  const notes = page.getByRole('region', { name: 'Passages other reports share' });
  await expect(notes.getByRole('link', { name: cjkHeadlines.wire, exact: true })).toBeVisible();
  await expect(notes).toContainText(`Earliest known version: ${cjkHeadlines.wire} (30 September 2023)`);

  await page.goto(entityUrl('john-kirby'));
  const quoted = page.getByRole('region', { name: 'Quoted' });
  for (const [quotation, headline] of [
    [kirbyQuotes.chinese, cjkHeadlines.copy],
    [kirbyQuotes.japanese, cjkHeadlines.japanese],
  ] as const) {
    const item = quoted.getByRole('listitem').filter({ hasText: quotation });
    await expect(item).toHaveCount(1);
    await expect(item.getByRole('link', { name: headline })).toBeVisible();
  }
});

test('stories headed alike and articles of one headline keep the pages valid HTML', async ({ page }) => {
  // Two stories of two reports on one day (wire-copies.ts) have the same heading.
  await page.goto('/stories/');
  const heading = `2 reports, ${formatCalendarDate(wireCopyDay)}`;
  await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toHaveCount(2);
  // Both reports of each are the earliest known version, and the second compares with the first.
  const story = page.locator('article.story', { has: page.getByRole('heading', { name: heading, exact: true }) });
  await expect(story).toHaveCount(2);
  for (const one of await story.all()) {
    await expect(one.getByText('earliest known version')).toHaveCount(2);
    await expect(one.getByRole('link', { name: 'compare with the other earliest' })).toHaveCount(1);
  }
  // Two copies of one headline are listed alike on the page of an entity they name.
  await page.goto(entityUrl(wireCopyEntity));
  await expect(page.getByRole('heading', { level: 3, name: sharedHeadline, exact: true })).toHaveCount(2);

  const files = readdirSync('dist-large', { recursive: true, encoding: 'utf8' }).filter(
    (file) =>
      file.endsWith('.html') &&
      (file.startsWith(`stories${path.sep}`) || file.startsWith(`glossary${path.sep}${wireCopyEntity}${path.sep}`)),
  );
  expect(await htmlProblems('dist-large', nonEmpty(files, 'story or entity page in dist-large/'))).toEqual([]);
});

test('a renamed article’s former address leads to it, on the site and on the compare page', async ({ page }) => {
  await page.goto(`/articles/${renamedCopy.from}/`);
  await expect(page).toHaveURL(`/articles/${renamedCopy.to}/`);
  // It names one entry, Pristina: in the singular.
  await expect(page.locator('.article__named .meta')).toContainText('1 person, body, state or place;');
  await page.goto(`/compare/?a=${renamedCopy.from}&b=${renamedCopyOther}`);
  await expect(page.getByRole('status')).toHaveText(/^[1-9]\d* passages? in both; \d+ only in A, \d+ only in B\.$/);
  await expect(page.locator('.compare-heads a').first()).toHaveAttribute('href', `/articles/${renamedCopy.to}/`);
});

test('no page of the built site weighs more than 100 KB gzipped', () => {
  const files = nonEmpty(
    readdirSync('dist-large', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')),
    'page in dist-large/',
  );
  const heaviest = files
    .map((file) => ({ file, gzip: gzipSync(readFileSync(path.join('dist-large', file))).length }))
    .reduce((a, b) => (b.gzip > a.gzip ? b : a));
  expect(heaviest.gzip, heaviest.file).toBeLessThanOrEqual(100 * 1024);
});
