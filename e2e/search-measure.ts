/**
 * Measures search as a reader meets it, in Chromium: what opening the search
 * page and running a first query downloads (cold cache), how long results
 * take to appear when `/search/?q=…` is opened cold, and how long after
 * typing a new query on that warm page. Used by `npm run measure:search` and
 * by the build benchmark.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';
import { announcement, searchSelectors, searchUi } from './site.ts';

/** One file the first search downloaded: bytes as sent by the (uncompressing) test server, and gzipped. */
export interface Transfer {
  path: string;
  bytes: number;
  gzip: number;
}

export interface SearchMeasurement {
  /** Every file fetched to open the search page and show the first query's results. */
  transfers: Transfer[];
  /** Milliseconds from opening `/search/?q=<query>` in a fresh browser to its results on screen, by the page's clock. */
  coldMs: number;
  /** Milliseconds from typing a query on that page to its results on screen (the median of three), by the page's clock. */
  warmMs: number;
  /** The same once a filter group has been opened, and every facet's values loaded. */
  warmWithFiltersMs: number;
}

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

/** Serves a built site from `folder` on `port` with the tests' static server, once it answers. */
export async function serveSite(folder: string, port: number): Promise<{ origin: string; stop: () => void }> {
  const serverScript = path.join(import.meta.dirname, 'static-server.ts');
  const server = spawn(process.execPath, [serverScript, folder, String(port)], { stdio: 'ignore' });
  const origin = `http://localhost:${port}`;
  try {
    await serverReady(`${origin}/`);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { origin, stop: () => server.kill() };
}

/** What the page's clock says: when results were last announced and shown, and when the box was last typed in. */
interface SearchClock {
  resultsShown?: Promise<number>;
  typedAt?: number;
}

/**
 * Runs in the page: from now on, `resultsShown` resolves with the page's
 * clock (milliseconds since it was opened) when the summary announces the
 * results of a query matching `announced` and the first result's title is on
 * screen; `typedAt` is when the box is next typed in. Timing in the page
 * leaves out the test driver's round trips, which are not the reader's wait.
 */
function watchSearchClock({ announced, summary, title }: { announced: string; summary: string; title: string }) {
  const clock = window as SearchClock;
  const pattern = new RegExp(announced);
  clock.resultsShown = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (pattern.test(document.querySelector(summary)?.textContent ?? '') && document.querySelector(title)) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
  document.addEventListener('input', () => (clock.typedAt = performance.now()), { once: true, capture: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Serves a built site from `folder` and measures its search: `query` opened
 * cold, then three queries typed on the warm page (`nextQuery`, `query`,
 * `nextQuery`), of which the median counts; then three more with the filters
 * open.
 */
export async function measureSearch(
  folder: string,
  { query = 'Kosovo', nextQuery = 'Stoltenberg', port = 4480 } = {},
): Promise<SearchMeasurement> {
  const { origin, stop } = await serveSite(folder, port);
  const browser = await chromium.launch(launchOptions).catch((error: unknown) => {
    stop();
    throw error;
  });
  try {
    // A fresh context has a cold cache; its events include what Pagefind's web worker fetches.
    const context = await browser.newContext();
    const page = await context.newPage();
    const pending: Promise<Transfer>[] = [];
    context.on('requestfinished', (request) => {
      if (!request.url().startsWith('http')) return;
      const { pathname } = new URL(request.url());
      pending.push(
        request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
          const file = path.join(folder, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
          const gzip = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
          return { path: pathname, bytes: responseBodySize + responseHeadersSize, gzip };
        }),
      );
    });
    const clockFor = (term: string) => ({
      announced: announcement(term).source,
      summary: searchSelectors.summary,
      title: searchSelectors.title,
    });

    await page.addInitScript(watchSearchClock, clockFor(query));
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    const coldMs = await page.evaluate(() => (window as SearchClock).resultsShown);
    if (coldMs === undefined) throw new Error('The search page was not timed');
    await page.waitForLoadState('networkidle');
    const transfers = await Promise.all(pending);

    const ui = searchUi(page);
    /** Types three queries on the page and returns the median time to their results. */
    const typed = async () => {
      const times: number[] = [];
      for (const term of [nextQuery, query, nextQuery]) {
        await page.evaluate(watchSearchClock, clockFor(term));
        await ui.box.fill(term);
        times.push(
          await page.evaluate(async () => {
            const clock = window as SearchClock;
            const shown = await clock.resultsShown;
            if (shown === undefined || clock.typedAt === undefined) throw new Error('The search page was not timed');
            return shown - clock.typedAt;
          }),
        );
      }
      return median(times);
    };
    const warmMs = await typed();
    // Opening a filter group loads every facet's values, which makes each search of an instance count them all.
    await ui.filterGroup().click();
    await ui.filters.getByRole('checkbox').first().waitFor();
    const warmWithFiltersMs = await typed();
    return { transfers, coldMs, warmMs, warmWithFiltersMs };
  } finally {
    await browser.close();
    stop();
  }
}

/** The transfers summed up by what they are: the page and its scripts, Pagefind's engine and index. */
export function transferGroups(transfers: Transfer[]): Map<string, { bytes: number; gzip: number; files: number }> {
  const groups = new Map<string, { bytes: number; gzip: number; files: number }>();
  for (const { path: pathname, bytes, gzip } of transfers) {
    const group = pathname.startsWith('/pagefind/')
      ? 'search engine and index (Pagefind)'
      : 'page, styles and site scripts';
    const tally = groups.get(group) ?? { bytes: 0, gzip: 0, files: 0 };
    groups.set(group, { bytes: tally.bytes + bytes, gzip: tally.gzip + gzip, files: tally.files + 1 });
  }
  return groups;
}
