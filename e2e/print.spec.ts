import { expect, test } from '@playwright/test';
import { mentions, pages } from './site.ts';

/** Printing an article or an entity page, with the screen in dark mode: a clean black-on-white document. */
test.use({ colorScheme: 'dark' });

for (const kind of [pages.article, pages.entity]) {
  test(`the ${kind.name} prints as a document: no site furniture, plain mentions, black on white, its address`, async ({
    page,
  }) => {
    await page.goto(kind.url);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect(page.locator('main h1')).toHaveCSS('color', 'rgb(0, 0, 0)');
    const source = page.locator('.print-source');
    await expect(source).toBeVisible();
    await expect(source).toHaveText(new RegExp(`^Printed from http://[^ ]+${kind.url} on \\d{1,2} \\w+ \\d{4}\\.$`));
    if (kind === pages.article) {
      const mention = mentions(page).first();
      await expect(mention).toHaveCSS('text-decoration-line', 'none');
      await expect(mention).toHaveCSS('color', 'rgb(0, 0, 0)');
      await expect(page.locator('.provenance__citation')).toBeVisible();
    }
    const pdf = await page.pdf();
    expect(pdf.length).toBeGreaterThan(10_000);
  });
}
