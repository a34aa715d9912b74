import { expect, test } from '@playwright/test';
import { notIndexedSelectors } from '../src/search/not-indexed.ts';
import { articleUrl, articles, nonEmpty } from './site.ts';

test('a shared passage’s marker leads to its note, which names the other reports and the earliest known version', async ({
  page,
}) => {
  const withMarkers: string[] = [];
  for (const article of articles) {
    await page.goto(articleUrl(article));
    if ((await page.locator('.passage-ref').count()) > 0) withMarkers.push(articleUrl(article));
  }
  // The seed articles retell one story: most of them share passages.
  expect(withMarkers.length).toBeGreaterThan(articles.length / 2);

  await page.goto(nonEmpty(withMarkers, 'article with a shared passage')[0]);
  const marker = page.locator('.passage-ref').first();
  const label = (await marker.getAttribute('aria-label')) ?? '';
  const [, total = ''] = /in ([\d,]+) other reports?$/.exec(label) ?? [];
  await marker.click();
  const note = page.locator('.passage-notes li:target');
  await expect(note).toContainText(`in ${total} other report`);
  // It names the earliest known version: this report, or another one, linked.
  await expect(note).toContainText(/earliest known version/i);
  // The reports it shares with are listed once, each with the passages it shares and a link to compare.
  const reports = page.locator('.passage-notes__reports > li');
  nonEmpty(await reports.all(), 'related report');
  await expect(reports.first().getByRole('link', { name: 'compare' })).toBeVisible();
  await expect(reports.first().locator('a[href^="#passage-"]').first()).toBeVisible();
  // The note links back to each of its passages.
  await note.getByRole('link', { name: '1', exact: true }).click();
  await expect(page).toHaveURL(/#passage-1$/);
  // The marker is not article text: no excerpt or search record holds it.
  expect(
    await marker.evaluate(
      (element, selectors) => selectors.some((selector) => element.closest(selector)),
      notIndexedSelectors,
    ),
  ).toBe(true);
});

test('the compare page sets two reports side by side with their changed words marked', async ({ page }) => {
  await page.goto(articleUrl(articles[0]));
  const compare = page.locator('.passage-notes').getByRole('link', { name: 'compare' }).first();
  test.skip((await compare.count()) === 0, 'the first article shares no passage');
  await compare.click();
  await expect(page).toHaveURL(/\/compare\/\?a=.+&b=.+/);
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ passages? in both; \d+ only in A, \d+ only in B\.$/);
  const [, both = '0'] = /^(\d+)/.exec((await status.textContent()) ?? '') ?? [];
  expect(Number(both)).toBeGreaterThan(0);
  const shared = page.locator('.compare-row--shared');
  await expect(shared).toHaveCount(Number(both));
  await expect(page.locator('.compare-heads a')).toHaveCount(2);
  await expect(shared.locator('del, ins').first()).toBeVisible();
  await expect(shared.locator('del .visually-hidden').first()).toHaveText('removed: ');

  await page.getByLabel('Only the passages in both reports').check();
  await expect(page.locator('.compare-row').filter({ visible: true })).toHaveCount(Number(both));
});

test('the compare page says what is wrong with a link to a report that does not exist', async ({ page }) => {
  await page.goto(`/compare/?a=${articles[0].slug}&b=no-such-report`);
  await expect(page.getByRole('status')).toContainText('These reports cannot be compared: no article at');
});

test('reports that retell one another are grouped as a story, earliest first, reached from their notes', async ({
  page,
}) => {
  await page.goto(articleUrl(articles[0]));
  const story = page.locator('.passage-notes__story').getByRole('link');
  test.skip((await story.count()) === 0, 'the first article belongs to no story');
  await story.click();
  const section = page.locator('article.story:target');
  const reports = section.locator('.story__reports > li');
  const count = Number(/^(\d+) reports/.exec((await section.locator('h2').textContent()) ?? '')?.[1]);
  await expect(reports).toHaveCount(Math.min(count, 30));
  await expect(reports.filter({ has: page.getByRole('link', { name: articles[0].title, exact: true }) })).toHaveCount(
    1,
  );
  // The earliest known version comes first, and every other report can be compared with it.
  await expect(reports.first()).toContainText('earliest known version');
  const compare = reports.getByRole('link', { name: 'compare with the earliest' });
  await expect(compare).toHaveCount(count - (await reports.filter({ hasText: 'earliest known version' }).count()));
});
