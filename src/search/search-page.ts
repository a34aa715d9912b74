import type { PagefindResults } from './search-results.ts';

/** Filters as Pagefind takes them: filter name → selected values. */
type Filters = Record<string, string[]>;

/** The part of Pagefind's Component UI instance this page drives. */
export interface PagefindInstance {
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'results', callback: (results: PagefindResults) => void): void;
  on(event: 'error', callback: () => void): void;
  triggerSearch(term: string): void;
  triggerFilters(filters: Filters): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

/** The query parameter of the search terms; every other parameter is a filter (`?q=kosovo&Year=2023`). */
const termParam = 'q';

/** The search terms and filters a URL holds. */
export function readSearchUrl(search: string): { term: string; filters: Filters } {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const [name, value] of params) {
    if (name !== termParam) (filters[name] ??= []).push(value);
  }
  return { term: params.get(termParam) ?? '', filters };
}

/** The query string for a search, filters in a stable order. */
export function writeSearchUrl(term: string, filters: Filters): string {
  const params = new URLSearchParams();
  if (term) params.set(termParam, term);
  for (const name of Object.keys(filters).sort()) {
    for (const value of filters[name] ?? []) params.append(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The search page's Pagefind instance, once the Component UI has loaded. */
export async function pagefindInstance(): Promise<PagefindInstance | undefined> {
  await customElements.whenDefined('pagefind-input');
  return window.PagefindComponents?.getInstanceManager().getInstance('default');
}

/**
 * Keeps the search page and its URL in step: opening `/search/?q=…&Filter=…`
 * runs that search with those filters, and every new search or filter choice
 * replaces the URL, so that it can be shared or bookmarked.
 */
export function syncSearchWithUrl(instance: PagefindInstance): void {
  const { term, filters } = readSearchUrl(window.location.search);
  instance.on('search', (newTerm, newFilters) => {
    const url = `${window.location.pathname}${writeSearchUrl(newTerm, newFilters ?? {})}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  });
  if (Object.keys(filters).length > 0) instance.triggerFilters(filters);
  if (term) {
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) input.value = term;
    instance.triggerSearch(term);
  }
  document.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
}
