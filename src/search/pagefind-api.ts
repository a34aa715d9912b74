/**
 * The part of Pagefind's JavaScript API (`pagefind/pagefind.js`, written by
 * each build) the search page uses, typed, and loading it with the site's
 * options. See https://pagefind.app/docs/api-reference/.
 */
import { namesMeta } from './filter-names.ts';
import { highlightParam } from './search-highlight.ts';
import type { PagefindFilter } from './search-url.ts';

/**
 * Filters as Pagefind takes them: a filter name → values (or `{ any: values }`),
 * and the keywords `any`, `all`, `none` and `not` over nested filters.
 */
export type PagefindFilters = Record<string, PagefindFilter | Record<string, PagefindFilter>[]>;

/** What Pagefind knows of a hit's page, loaded on demand. */
export interface PagefindFragment {
  url: string;
  meta: { title?: string; date?: string; role?: string };
  filters: Record<string, string[]>;
  /** Escaped text with `<mark>` around the matched words. */
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** One hit: its page's id, and its fragment on demand. */
export interface PagefindHit {
  id: string;
  /** The metadata its page matched the terms in, if any. */
  matchedMetaFields?: string[];
  data(): Promise<PagefindFragment>;
}

/** Value → count, per filter. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindHit[];
  /** How many results each value would leave if chosen too (once `filters()` has loaded them). */
  filters: FilterCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse>;
  /** Loads every filter's values (one file per filter) and counts each value's pages. */
  filters(): Promise<FilterCounts>;
}

/** The bundle's module: each instance keeps its own loaded index and filters (its searches share one worker). */
interface PagefindModule {
  createInstance(): Pagefind;
}

/**
 * The last instance to start. Pagefind 1.5 runs every instance in one web
 * worker, and two that start at once can end up sharing their state there:
 * the instance that searches by section then counts the facets the other one
 * loaded, on every search, which doubled its searches' time in a search page
 * measured at 5,000 articles.
 */
let starting: Promise<unknown> = Promise.resolve();

/**
 * Loads an instance of Pagefind from the build's bundle folder, once any
 * other instance has started. Ranking: a match in an entry's name or alias
 * (`title`, `names`) counts as much as in a title, its role less; a date is
 * shown, not a reason to rank.
 */
export function loadPagefind(bundle: string, { baseUrl }: { baseUrl: string }): Promise<Pagefind> {
  const started = starting.then(() => startPagefind(bundle, baseUrl));
  starting = started.catch(() => undefined);
  return started;
}

async function startPagefind(bundle: string, baseUrl: string): Promise<Pagefind> {
  const bundleModule = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  const pagefind = bundleModule.createInstance();
  await pagefind.options({
    baseUrl,
    // Result links carry the terms, and the opened page marks them (`search-highlight.ts`).
    highlightParam,
    // About two or three lines of text around the best match.
    excerptLength: 36,
    ranking: { metaWeights: { title: 5, [namesMeta]: 5, role: 2, date: 0, listed: 0 } },
  });
  await pagefind.init();
  return pagefind;
}
