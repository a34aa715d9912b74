import { type Page, expect, test } from '@playwright/test';
import { expectHighlighted, mentions, openPreview, pageKinds, pages, search, watchScriptReports } from './site.ts';

/** Records every Content-Security-Policy violation the page reports. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
}

test('every page carries the policy, as a <meta> and as a header from _headers', async ({ page }) => {
  for (const { url: path } of pageKinds) {
    const response = await page.goto(path);
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta, path).toContain("default-src 'self'");
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(meta).not.toContain('unsafe-inline');
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header, path).toContain("frame-ancestors 'none'");
    expect(header.startsWith(meta?.trim().replace(/;$/, '') ?? '-')).toBe(true);
  }
});

test('no inline script runs without a hash: every script is a file from the site', async ({ page }) => {
  for (const { url: path } of pageKinds) {
    await page.goto(path);
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((scripts) => scripts.map((script) => script.outerHTML));
    expect(inline, path).toEqual([]);
  }
});

test('under the policy, previews, search, filters and highlighting all work with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const reports = watchScriptReports(page);
  await page.goto(pages.article.url);
  await openPreview(page, mentions(page).first());

  const ui = await search(page, 'Kosovo');
  await expect(ui.titles.first()).toBeVisible();
  await ui.filterGroup('Year').click();
  await ui.filters.getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/Year=/);
  await ui.articleTitles.first().click();
  await expectHighlighted(page, page, /kosovo/i, reports);
  expect(await violations()).toEqual([]);
});
