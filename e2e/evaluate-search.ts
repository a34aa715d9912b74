/**
 * Prints how the built site's search meets the ranked query set
 * (`e2e/ranked-queries.json`), as a Markdown table: run after
 * `npm run build` with `npm run evaluate:search [folder]` (default `dist`).
 */
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';
import { serveSite } from './search-measure.ts';
import { evaluateQuerySet, rankingTable } from './search-ranking.ts';

const folder = process.argv[2] ?? 'dist';
const { origin, stop } = await serveSite(folder, 4481);
const browser = await chromium.launch(launchOptions);
try {
  const page = await (await browser.newContext({ baseURL: `${origin}/` })).newPage();
  console.log(rankingTable(await evaluateQuerySet(page)));
} finally {
  await browser.close();
  stop();
}
