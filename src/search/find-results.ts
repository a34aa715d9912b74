/**
 * One search as the search page runs it: Pagefind's separate searches of
 * articles, of glossary entries, of the entries the query names and of the
 * articles that mention them, put in reading order (`ranking.ts`).
 */
import { type NamedEntry, namedEntries } from './entity-names.ts';
import { entryFilter, sectionFilter, sections, singleValuedFacets } from './filter-names.ts';
import type { FilterCounts, Pagefind, PagefindHit, PagefindResponse } from './pagefind-api.ts';
import { rankResults } from './ranking.ts';
import { type SearchState, pagefindFilters } from './search-url.ts';

export interface FoundResults {
  /** Every result, in reading order. */
  hits: PagefindHit[];
  /** Each facet value's articles among the results (once the facets are loaded). */
  counts: FilterCounts;
  /** The glossary entries the query names. */
  named: NamedEntry[];
}

const none: PagefindResponse = { results: [], filters: {} };

/**
 * Runs a search: with terms, the entries they name first, then the articles
 * that mention those entries, then other matching articles, then other
 * entries; with only facet values chosen, the articles they select, newest
 * first. Facet values select articles, so a search with any leaves glossary
 * entries out.
 */
export async function findResults(
  pagefind: Pagefind,
  state: SearchState,
  names: readonly NamedEntry[],
): Promise<FoundResults> {
  const facets = pagefindFilters(state, singleValuedFacets);
  const articles = { ...facets, [sectionFilter]: [sections.articles] };
  if (state.term === '') {
    const browsed = await pagefind.search(null, { filters: articles, sort: { date: 'desc' } });
    return { hits: browsed.results, counts: browsed.filters, named: [] };
  }
  const narrowed = Object.keys(facets).length > 0;
  const named = namedEntries(state.term, names);
  const [matching, glossary, entries, ...mentioning] = await Promise.all([
    pagefind.search(state.term, { filters: articles }),
    narrowed ? none : pagefind.search(state.term, { filters: { [sectionFilter]: [sections.glossary] } }),
    narrowed || named.length === 0
      ? none
      : pagefind.search(null, { filters: { [entryFilter]: { any: named.map((entry) => entry.id) } } }),
    // Every article that mentions a named entry, whatever spelling it uses: its facet says so.
    ...named.map((entry) => pagefind.search(null, { filters: { all: [articles, { [entry.facet]: [entry.name] }] } })),
  ]);
  // A hit from a search with terms comes first: its link carries the terms to highlight on the page.
  const byId = new Map<string, PagefindHit>();
  for (const response of [matching, glossary, entries, ...mentioning])
    for (const hit of response.results) if (!byId.has(hit.id)) byId.set(hit.id, hit);
  const ids = (response: PagefindResponse) => response.results.map((hit) => hit.id);
  const order = rankResults({
    entries: ids(entries),
    mentioning: mentioning.flatMap(ids),
    articles: ids(matching),
    glossary: ids(glossary),
  });
  return { hits: order.flatMap((id) => byId.get(id) ?? []), counts: matching.filters, named };
}
