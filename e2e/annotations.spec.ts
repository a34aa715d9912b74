import { type Locator, type Page, expect, test } from '@playwright/test';
import { articles, articleUrl, entityOfMention, entityUrl, mentions, nonEmpty, openPreview, pages } from './site.ts';

/** The mention links of a page: `{ anchor, entity, href }`. */
async function mentionsOn(page: Page) {
  return mentions(page)
    .evaluateAll((links) =>
      links.map((link) => ({
        anchor: link.id,
        href: new URL((link as HTMLAnchorElement).href).pathname,
      })),
    )
    .then((links) => links.map((link) => ({ ...link, entity: entityOfMention(link.href) })));
}

test('every article has annotations, each linking to its entity’s glossary page with a unique anchor', async ({
  page,
  request,
}) => {
  const glossaryPages = new Set<string>();
  for (const article of articles) {
    await page.goto(articleUrl(article));
    // None would mean the remark plugin did not run (Astro's default processor runs none).
    const found = nonEmpty(await mentionsOn(page), `mention in ${article.slug}`);
    expect(new Set(found.map((mention) => mention.anchor)).size).toBe(found.length);
    for (const mention of found) {
      expect(mention.href).toBe(entityUrl(mention.entity));
      expect(mention.anchor).toMatch(new RegExp(`^m-${mention.entity}-\\d+$`));
      glossaryPages.add(mention.href);
    }
  }
  for (const href of nonEmpty([...glossaryPages], 'linked glossary page'))
    expect((await request.get(href)).status(), href).toBe(200);
});

test('a source’s own headline is annotated too, a derived title is not', async ({ page }) => {
  for (const article of articles) {
    await page.goto(articleUrl(article));
    const inTitle = mentions(page.getByRole('heading', { level: 1 }));
    const headline = (await page.locator('.article').getAttribute('data-headline')) === 'true';
    if (headline) await expect(inTitle.first(), article.slug).toBeVisible();
    else await expect(inTitle, article.slug).toHaveCount(0);
  }
});

test('the entity pages list exactly the mentions the articles link, and every backlink lands on one', async ({
  page,
}) => {
  const linked = new Set<string>();
  for (const article of articles) {
    await page.goto(articleUrl(article));
    for (const { anchor, entity } of nonEmpty(await mentionsOn(page), `mention in ${article.slug}`))
      linked.add(`${entity} ${articleUrl(article)}#${anchor}`);
  }
  await page.goto(pages.glossary.url);
  const entityPages = nonEmpty(
    await page
      .locator('main .kind-group a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    'entry in the glossary index',
  );
  const backlinked = new Set<string>();
  for (const entityPage of entityPages) {
    await page.goto(entityPage);
    const entity = entityPage.split('/').at(-2);
    const hrefs = await page
      .locator('.entity__mentions a.kwic')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href)).map((url) => url.pathname + url.hash),
      );
    // An entry no article names has no backlinks; the comparison below catches any that go missing.
    for (const href of hrefs) backlinked.add(`${entity} ${href}`);
    const count = await page.locator('.entity__facts dd').last().textContent();
    expect(count).toMatch(new RegExp(`^${hrefs.length} mentions? in `));
  }
  expect([...backlinked].sort()).toEqual([...linked].sort());
});

test('hovering a mention shows a preview card after a short delay; leaving hides it', async ({ page }) => {
  await page.goto(pages.article.url);
  const mention = mentions(page, 'nato').first();
  const card = await openPreview(page, mention);
  await expect(card).toContainText('NATO');
  await expect(card).toContainText('Transatlantic military alliance');
  await expect(card.getByRole('link')).toHaveAttribute('href', entityUrl('nato'));
  await expect(mention).toHaveAttribute('aria-describedby', 'entity-preview');
  // The card stays while the pointer moves onto it, then goes once the pointer leaves both.
  await card.hover();
  await expect(card).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();
});

test('focusing a mention with the keyboard shows its preview; Escape closes it', async ({ page }) => {
  await page.goto(pages.article.url);
  const firstMention = mentions(page).first();
  const card = await openPreview(page, firstMention, 'focus');
  const entity = entityOfMention((await firstMention.getAttribute('href')) ?? '');
  await expect(card.getByRole('link')).toHaveAttribute('href', entityUrl(entity));
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(firstMention).toBeFocused();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the first tap on a mention previews it, the second follows the link', async ({ page }) => {
    await page.goto(pages.article.url);
    const mention = mentions(page, 'kosovo').first();
    const card = await openPreview(page, mention, 'tap');
    await expect(card).toContainText('Kosovo');
    await expect(page).toHaveURL(pages.article.url);
    await mention.tap();
    await expect(page).toHaveURL(entityUrl('kosovo'));
  });

  test('a card can be closed by touch', async ({ page }) => {
    await page.goto(pages.article.url);
    const card = await openPreview(page, mentions(page, 'nato').first(), 'tap');
    await card.getByRole('button', { name: 'Close the preview' }).tap();
    await expect(card).toBeHidden();
    await expect(page).toHaveURL(pages.article.url);
  });
});

test('without JavaScript a mention is an ordinary link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pages.article.url);
  await mentions(page, 'nato').first().click();
  await expect(page).toHaveURL(entityUrl('nato'));
  await context.close();
});

test('clicking a mention opens the glossary page, whose backlink lands on the highlighted mention', async ({
  page,
}) => {
  await page.goto(pages.article.url);
  await mentions(page, 'antony-blinken').first().click();
  await expect(page).toHaveURL(entityUrl('antony-blinken'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Antony Blinken');
  await expect(page.locator('.entity__role')).toHaveText('US Secretary of State');

  const backlink = page.locator('.entity__mentions a.kwic').last();
  const href = (await backlink.getAttribute('href')) ?? '';
  await backlink.click();
  await expect(page).toHaveURL(href);
  const target = page.locator(`#${href.split('#')[1]}`);
  await expect(target).toHaveClass(/mention/);
  await expect(target).toHaveAttribute('href', entityUrl('antony-blinken'));
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
  await expect(target).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(target).toBeInViewport();

  // The reader came to read the sentence: no card opens over it, even when the mention gets focus,
  // until the reader moves or types.
  await target.evaluate((element) => (element as HTMLElement).focus());
  // A card would have opened by now (its data is a small file on the same host): wait, then check it did not.
  await page.waitForTimeout(800);
  const card = page.getByRole('tooltip');
  await expect(card).toBeHidden();
  // Once the reader types, focus on the mention shows its card as usual.
  await page.keyboard.press('Shift');
  await target.evaluate((element) => {
    (element as HTMLElement).blur();
    (element as HTMLElement).focus();
  });
  await expect(card).toBeVisible();
});

test('an entity is a tab stop at its first mention only; later ones are drawn faint', async ({ page }) => {
  await page.goto(pages.article.url);
  const all = mentions(page);
  const entities = new Set(await all.evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
  const tabStops = page.locator('a.mention:not([tabindex="-1"])');
  await expect(tabStops).toHaveCount(entities.size);
  expect(await all.count()).toBeGreaterThan(entities.size);
  const repeat = page.locator('a.mention--repeat').first();
  const entity = entityOfMention((await repeat.getAttribute('href')) ?? '');
  const first = mentions(page, entity).first();
  await expect(first).not.toHaveClass(/mention--repeat/);
  const faint = await repeat.evaluate((element) => getComputedStyle(element).textDecorationColor);
  expect(faint).not.toBe(await first.evaluate((element) => getComputedStyle(element).textDecorationColor));
});

test('the reader switches annotations to every mention or none, and the choice holds on the next article', async ({
  page,
}) => {
  await page.goto(pages.article.url);
  const control = page.getByRole('group', { name: 'Links to the glossary' });
  await expect(control.getByLabel('First of each')).toBeChecked();
  const repeat = page.locator('a.mention--repeat').first();
  const entity = entityOfMention((await repeat.getAttribute('href')) ?? '');
  const decoration = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).textDecorationColor);

  await control.getByLabel('Every mention').check();
  expect(await decoration(repeat)).toBe(await decoration(mentions(page, entity).first()));

  await control.getByLabel('None').check();
  const first = mentions(page).first();
  await expect(first).toHaveCSS('text-decoration-line', 'none');
  await expect(page.locator('a.mention:not([tabindex="-1"])')).toHaveCount(0);
  // No card either: hovering a mention shows nothing.
  await first.hover();
  await page.waitForTimeout(800);
  await expect(page.getByRole('tooltip')).toBeHidden();

  const other = nonEmpty(
    articles.filter((article) => articleUrl(article) !== pages.article.url),
    'second article',
  )[0];
  await page.goto(articleUrl(other));
  await expect(page.getByRole('group', { name: 'Links to the glossary' }).getByLabel('None')).toBeChecked();
  await expect(mentions(page).first()).toHaveCSS('text-decoration-line', 'none');
});

test('a card says how often the entity is mentioned here and in the archive', async ({ page }) => {
  await page.goto(entityUrl('john-kirby'));
  const facts = (await page.locator('dd.entity__in-archive').textContent()) ?? '';
  const [, total = '', inArticles = ''] = /^(\d+) mentions? in (\d+) articles?$/.exec(facts.trim()) ?? [];
  expect(Number(total)).toBeGreaterThan(Number(inArticles));

  const article = await page.locator('.entity__article h3 a').first().getAttribute('href');
  await page.goto(article ?? '');
  const here = await mentions(page, 'john-kirby').count();
  const card = await openPreview(page, mentions(page, 'john-kirby').first());
  await expect(card.locator('.preview-card__counts')).toHaveText(
    `${here} mention${here === 1 ? '' : 's'} here · ${total} in ${inArticles} articles`,
  );
});

test('an entry links the other entries it names, and those links are not counted as mentions', async ({ page }) => {
  await page.goto(entityUrl('john-kirby'));
  const body = page.locator('.entity__body');
  await expect(body.getByRole('link', { name: 'White House', exact: true })).toHaveAttribute(
    'href',
    entityUrl('white-house'),
  );
  await expect(body.getByRole('link', { name: 'National Security Council' })).toHaveAttribute(
    'href',
    entityUrl('us-national-security-council'),
  );
  await expect(body.getByRole('link', { name: 'John Kirby', exact: true })).toHaveCount(0);

  let inArticles = 0;
  for (const article of articles) {
    await page.goto(articleUrl(article));
    inArticles += await mentions(page, 'white-house').count();
  }
  await page.goto(entityUrl('white-house'));
  await expect(page.locator('dd.entity__in-archive')).toHaveText(new RegExp(`^${inArticles} mentions? in `));
});

test('an entity page orders its articles by date or by mentions, and keeps one on request', async ({ page }) => {
  await page.goto(pages.entity.url);
  const sections = page.locator('.entity__article');
  nonEmpty(await sections.all(), 'article section on the entity page');
  const read = () =>
    sections.evaluateAll((found) =>
      found.map((section) => ({
        date: (section as HTMLElement).dataset.date ?? '',
        mentions: section.querySelectorAll('.entity__mentions > li').length,
        visible: !(section as HTMLElement).hidden,
      })),
    );
  const dated = (list: { date: string }[]) => list.map(({ date }) => date).filter(Boolean);

  const newest = await read();
  expect(dated(newest)).toEqual(dated(newest).toSorted().reverse());
  await page.getByRole('combobox', { name: /^Order/ }).selectOption({ label: 'oldest first' });
  const oldest = await read();
  expect(dated(oldest)).toEqual(dated(newest).toSorted());
  expect(oldest.findIndex(({ date }) => !date)).not.toBeLessThan(dated(oldest).length);
  await page.getByRole('combobox', { name: /^Order/ }).selectOption({ label: 'most mentions first' });
  const most = (await read()).map(({ mentions }) => mentions);
  expect(most).toEqual(most.toSorted((a, b) => b - a));

  const show = page.getByRole('combobox', { name: /^Show/ });
  // The choices after "every article" name the articles, each with its count.
  const title = ((await show.getByRole('option').nth(2).textContent()) ?? '').replace(/ \(\d+\)$/, '');
  await show.selectOption({ index: 2 });
  expect((await read()).filter(({ visible }) => visible)).toHaveLength(1);
  await expect(sections.filter({ visible: true }).locator('h3')).toHaveText(title);
  await expect(page.getByRole('status')).toContainText(`Showing 1 of the ${newest.length} articles on this page`);
  await show.selectOption('');
  expect((await read()).filter(({ visible }) => visible)).toHaveLength(newest.length);
  await expect(page.getByRole('link', { name: 'Back to top' })).toHaveAttribute('href', '#main');
});

test('an entity page lists its articles with their counts, each linked to its mentions, and says its text once', async ({
  page,
}) => {
  await page.goto(pages.entity.url);
  const jump = page.getByRole('navigation', { name: 'Articles on this page' });
  const sections = nonEmpty(await page.locator('.entity__article').all(), 'article section on the entity page');
  await expect(jump.getByRole('link')).toHaveCount(sections.length);
  const first = jump.getByRole('listitem').first();
  const id = ((await first.getByRole('link').getAttribute('href')) ?? '').slice(1);
  await expect(first.locator('.count')).toHaveText(String(await page.locator(`#${id} .entity__mentions > li`).count()));
  await first.getByRole('link').click();
  await expect(page.locator(`#${id}`)).toBeInViewport();
  // The summary is the page's description, not a paragraph repeating its text.
  const summary = (await page.locator('meta[name="description"]').getAttribute('content')) ?? '';
  expect(summary.length).toBeGreaterThan(0);
  await expect(page.locator('main').getByText(summary, { exact: true })).toHaveCount(0);
});

test('an editor’s mark links a description to its entity, like any mention', async ({ page }) => {
  await page.goto(entityUrl('banjska-monastery'));
  const marked = page.locator('.entity__mentions li', { hasText: 'marked by an editor' });
  await expect(marked.first()).toContainText(/monastery/);
  await marked.first().locator('a.kwic').click();
  await expect(mentions(page).and(page.locator(':target'))).toHaveText(/monastery/);
});

test('a role phrase links to who held the role then, and the name inside it to itself, with no mark', async ({
  page,
}) => {
  await page.goto(entityUrl('aleksandar-vucic'));
  const byRole = page.locator('.entity__mentions li', { hasText: 'Serbia’s president' });
  await expect(byRole.first()).not.toContainText('marked by an editor');
  await byRole.first().locator('a.kwic').click();
  const target = mentions(page).and(page.locator(':target'));
  await expect(target).toHaveText('president');
  // The name inside the phrase keeps its own link, beside the role's: links never nest.
  await expect(target.locator('xpath=preceding-sibling::a[1]')).toHaveAttribute('href', entityUrl('serbia'));
});

test('the glossary index groups entries by kind, A to Z (people by surname), with counts', async ({ page }) => {
  await page.goto(pages.glossary.url);
  await expect(page.locator('.kind-group h2')).toHaveText([/^People/, /^Organizations/, /^States/, /^Places/]);
  const people = await page.locator('#kind-person ~ ul > li > a').allTextContents();
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  expect(people).toEqual(
    [...people].sort((a, b) => surname(a).localeCompare(surname(b), 'en', { sensitivity: 'base' })),
  );
  expect(people.indexOf('Antony Blinken')).toBeLessThan(people.indexOf('Albin Kurti'));
  expect(people).toContain('Aleksandar Vučić');
  const nato = page.locator('.kind-group li', { has: page.getByRole('link', { name: 'NATO', exact: true }) });
  await expect(nato.locator('.count')).toHaveText(/^\d+$/);
});

test('the matrix shows every entity against every article, linked both ways', async ({ page }) => {
  await page.goto(pages.matrix.url);
  const table = page.getByRole('table');
  await expect(table.locator('thead th')).toHaveCount(articles.length + 2);
  const glossaryEntries = await (async () => {
    await page.goto(pages.glossary.url);
    return page.locator('main .kind-group li').count();
  })();
  await page.goto(pages.matrix.url);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(glossaryEntries);

  const row = table.locator('tbody tr', { has: page.getByRole('link', { name: 'John Kirby' }) });
  const cell = row.locator('td a').first();
  const count = Number(await cell.textContent());
  await cell.click();
  await expect(page).toHaveURL(/\/glossary\/john-kirby\/#in-/);
  const section = page.locator(':target');
  await expect(section.locator('.entity__mentions li')).toHaveCount(count);
});

test('the matrix names its articles in the column headings and orders its rows on request', async ({ page }) => {
  await page.goto(pages.matrix.url);
  const table = page.getByRole('table');
  for (const article of articles)
    await expect(table.locator('thead').getByRole('link', { name: article.title, exact: false })).toHaveCount(1);

  const people = table.locator('tbody', { has: page.getByRole('rowheader', { name: 'John Kirby' }) });
  const names = () => people.getByRole('rowheader').allTextContents();
  const totals = async () => (await people.locator('td.matrix__total').allTextContents()).map(Number);
  const byName = await names();
  await page.getByLabel('Order rows by').selectOption({ label: 'mentions in the archive' });
  const mostFirst = nonEmpty(await totals(), 'row of people');
  expect(mostFirst).toEqual([...mostFirst].sort((a, b) => b - a));
  expect(await names()).not.toEqual(byName);
  await expect(table.getByRole('columnheader', { name: 'Total' })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('columnheader', { name: 'Entity' })).not.toHaveAttribute('aria-sort');

  await page.getByLabel('Order rows by').selectOption('name');
  expect(await names()).toEqual(byName);
});

test('on a phone the matrix says it scrolls sideways and keeps the names in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(pages.matrix.url);
  await expect(page.getByText('Scroll sideways for more articles')).toBeVisible();
  const name = page.getByRole('rowheader', { name: 'John Kirby' });
  const before = await name.boundingBox();
  await page.locator('.matrix-scroll').evaluate((region) => region.scrollBy(2000, 0));
  await expect(page.getByText('Scroll sideways for more articles')).toBeHidden();
  expect((await name.boundingBox())?.x).toBe(before?.x);
});

test('each article lists the entities it names, by kind, with counts', async ({ page }) => {
  const article = articles.find((candidate) => candidate.source.startsWith('004'));
  if (!article) throw new Error('no article from source 004 in content/articles/');
  await page.goto(articleUrl(article));
  const named = page.getByRole('complementary', { name: 'Named in this article' });
  await expect(named.locator('h3')).toHaveText([/^People/, /^Organizations/, /^States/, /^Places/]);
  const reuters = named.locator('li', { has: page.getByRole('link', { name: 'Reuters' }) });
  await expect(reuters.locator('.count')).toHaveText('1');
});
