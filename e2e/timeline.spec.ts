import { expect, test } from '@playwright/test';
import { articles, entityUrl, nonEmpty } from './site.ts';

const dated = articles.filter((article) => article.date);

test('the timeline lists every article in time order, undated last, and draws the dated ones', async ({ page }) => {
  await page.goto('/timeline/');
  const rows = page.locator('.timeline-table tr[data-entities]');
  await expect(rows).toHaveCount(articles.length);
  const dates = await rows.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(nonEmpty(dates, 'dated row')).toEqual(dated.map((article) => article.date).sort());
  const undated = articles.length - dated.length;
  if (undated > 0) await expect(rows.last().locator('td').first()).toHaveText('Undated');
  await expect(page.locator('.timeline-chart__mark')).toHaveCount(dated.length);
});

test('a mark on the timeline leads to its article’s row', async ({ page }) => {
  await page.goto('/timeline/');
  const mark = page.locator('.timeline-chart__mark').first();
  // The hover text is the title, then the date in brackets.
  const title = (await mark.locator('title').textContent())?.replace(/ \([^)]*\)$/, '');
  expect(title).toBeTruthy();
  await mark.click();
  await expect(page).toHaveURL(/#t-/);
  await expect(page.locator('.timeline-table tr:target .timeline-table__title')).toHaveText(title ?? '');
});

test('the timeline’s entity filter keeps the articles that name the entity, and the URL keeps the choice', async ({
  page,
}) => {
  await page.goto(entityUrl('john-kirby'));
  const inArchive = await page.locator('.entity__article').count();
  expect(inArchive).toBeGreaterThan(0);

  await page.goto('/timeline/');
  const rows = page.locator('.timeline-table tr[data-entities]');
  await page.getByLabel('Show the articles that name').selectOption({ label: `John Kirby (${inArchive})` });
  await expect(rows.filter({ visible: true })).toHaveCount(inArchive);
  for (const row of await rows.filter({ visible: true }).all())
    await expect(row.getByRole('link', { name: 'John Kirby', exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    `${inArchive} of the ${articles.length} articles on this page name John Kirby.`,
  );
  await expect(page.locator('.timeline-chart__mark:not(.is-dimmed)')).toHaveCount(
    await rows.filter({ visible: true }).locator('time').count(),
  );
  await expect(page).toHaveURL(/[?&]entity=john-kirby/);

  await page.reload();
  await expect(page.getByLabel('Show the articles that name')).toHaveValue('john-kirby');
  await expect(rows.filter({ visible: true })).toHaveCount(inArchive);

  await page.getByLabel('Show the articles that name').selectOption('');
  await expect(rows.filter({ visible: true })).toHaveCount(articles.length);
  await expect(page).not.toHaveURL(/entity=/);
});
