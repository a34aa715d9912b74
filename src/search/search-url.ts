/**
 * A search as its URL holds it, so that it can be shared, bookmarked and
 * restored: `?q=Kosovo&People=Albin+Kurti&People=John+Kirby&any=People`
 * is the query "Kosovo" in articles naming Albin Kurti or John Kirby.
 */

/** Facet name → the values chosen in it. */
export type ChosenValues = Record<string, string[]>;

export interface SearchState {
  /** What the reader typed (quotes kept: Pagefind searches a quoted phrase as a phrase). */
  term: string;
  /** The values chosen in each facet. */
  chosen: ChosenValues;
  /** The facets whose values combine as "any of" rather than "all of". */
  anyOf: string[];
}

/** The parameter of the search terms, and the one naming the facets that combine as "any of". */
const termParam = 'q';
const anyParam = 'any';

/**
 * The search a URL's query string holds: the terms, and the values of the
 * page's `facets`. Other parameters (a campaign's `utm_source`, a facet that
 * no longer exists) are left out rather than filtering every result away.
 */
export function readSearchUrl(search: string, facets: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const chosen: ChosenValues = {};
  for (const [name, value] of params) {
    if (facets.includes(name) && value !== '' && !chosen[name]?.includes(value)) (chosen[name] ??= []).push(value);
  }
  const anyOf = [...new Set(params.getAll(anyParam))].filter((facet) => facets.includes(facet));
  return { term: params.get(termParam)?.trim() ?? '', chosen, anyOf };
}

/** The query string of a search, facets in a stable order; "any of" only where a facet has values. */
export function writeSearchUrl({ term, chosen, anyOf }: SearchState): string {
  const params = new URLSearchParams();
  if (term) params.set(termParam, term);
  const facets = Object.keys(chosen)
    .filter((facet) => (chosen[facet]?.length ?? 0) > 0)
    .sort();
  for (const facet of facets) for (const value of chosen[facet] ?? []) params.append(facet, value);
  for (const facet of facets) if (anyOf.includes(facet)) params.append(anyParam, facet);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether a search has anything to look for: terms, or a facet value. */
export function hasSearch({ term, chosen }: SearchState): boolean {
  return term !== '' || Object.values(chosen).some((values) => values.length > 0);
}

/** A Pagefind filter: values a page must all have, or an `any` of them. */
export type PagefindFilter = string[] | { any: string[] };

/**
 * The chosen values as Pagefind filters: each facet's values all required,
 * or any one of them for the facets in `anyOf` and for `singleValued`
 * facets (an article has one year: "all of 2023 and 2024" would find none).
 */
export function pagefindFilters(
  { chosen, anyOf }: SearchState,
  singleValued: readonly string[],
): Record<string, PagefindFilter> {
  const filters: Record<string, PagefindFilter> = {};
  for (const [facet, values] of Object.entries(chosen)) {
    if (values.length === 0) continue;
    filters[facet] = anyOf.includes(facet) || singleValued.includes(facet) ? { any: values } : values;
  }
  return filters;
}
