/**
 * Measures what a reader downloads for search, in Chromium with a cold cache:
 * opening the search page and running a first query. Each file is listed with
 * the bytes transferred (the test server does not compress) and its gzip size,
 * as a compressing host would send it. Run after `npm run build` with
 * `npm run measure:search [query]` (default "Kosovo").
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';
import { searchUi } from './site.ts';

const query = process.argv[2] ?? 'Kosovo';
const port = 4480;
const server = spawn(process.execPath, ['e2e/static-server.ts', 'dist', String(port)], { stdio: 'ignore' });

/** Polls the server until it answers (at most 10 s), rather than sleeping for a guessed time. */
async function serverReady(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The static server did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

await serverReady(`http://localhost:${port}/`).catch((error: unknown) => {
  server.kill();
  throw error;
});
const browser = await chromium.launch(launchOptions);
try {
  // A fresh context has a cold cache; its events include what Pagefind's web worker fetches.
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const transfers: { url: string; bytes: number }[] = [];
  context.on('requestfinished', (request) => {
    if (!request.url().startsWith('http')) return;
    pending.push(
      request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
        transfers.push({ url: request.url(), bytes: responseBodySize + responseHeadersSize });
      }),
    );
  });

  await page.goto(`http://localhost:${port}/search/`, { waitUntil: 'networkidle' });
  const ui = searchUi(page);
  await ui.box.fill(query);
  await ui.titles.first().waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);

  /** Gzip size of a file as served from dist/, or of the page for folder URLs. */
  const gzipped = (pathname: string) => {
    const file = `dist${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`;
    return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
  };
  const groups = new Map<string, { bytes: number; gzip: number; files: number }>();
  console.log(`Opening /search/ and searching "${query}":`);
  console.log('   bytes     gzip  file');
  for (const { url, bytes } of transfers) {
    const { pathname } = new URL(url);
    const gzip = gzipped(pathname);
    console.log(`${String(bytes).padStart(8)} ${String(gzip).padStart(8)}  ${pathname}`);
    const group = /pagefind-component-ui/.test(pathname)
      ? 'search interface (Pagefind Component UI)'
      : pathname.startsWith('/pagefind/')
        ? 'search engine and index (Pagefind)'
        : 'page, styles and site scripts';
    const tally = groups.get(group) ?? { bytes: 0, gzip: 0, files: 0 };
    groups.set(group, { bytes: tally.bytes + bytes, gzip: tally.gzip + gzip, files: tally.files + 1 });
  }
  for (const [group, { bytes, gzip, files }] of groups)
    console.log(`${group}: ${bytes} bytes (${gzip} gzipped) in ${files} files`);
} finally {
  await browser.close();
  server.kill();
}
