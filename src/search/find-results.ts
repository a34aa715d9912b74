/**
 * One search as the search page runs it: Pagefind's separate searches of the
 * articles that mention the entries a query names, of the other articles, of
 * those entries and of the other glossary entries, put in reading order
 * (`ranking.ts`), with each facet value's count of articles.
 */
import { type KeyedEntry, type NamedEntry, namedEntries } from './entity-names.ts';
import { entryFilter, everyArticleWord, sectionFilter, sections, singleValuedFacets } from './filter-names.ts';
import type { FilterCounts, Pagefind, PagefindFilters, PagefindHit, PagefindResponse } from './pagefind-api.ts';
import { rankResults } from './ranking.ts';
import { type SearchState, pagefindFilters } from './search-url.ts';

export interface FoundResults {
  /** Every result, in reading order. */
  hits: PagefindHit[];
  /** Each facet value's articles among the results, or that it would add to them (once the facets are loaded). */
  counts: FilterCounts;
  /** The glossary entries the query names. */
  named: NamedEntry[];
}

const none: PagefindResponse = { results: [], filters: {} };

/** Counts of searches whose results do not overlap, added up. */
function addCounts(...all: FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all)
    for (const [filter, values] of Object.entries(counts))
      for (const [value, count] of Object.entries(values))
        (sum[filter] ??= {})[value] = (sum[filter]?.[value] ?? 0) + count;
  return sum;
}

/**
 * Runs a search: with terms, the entries they name first, then the articles
 * that mention those entries, then other matching articles, then other
 * entries; with only facet values chosen, the articles they select, newest
 * first. Facet values select articles, so a search with any leaves glossary
 * entries out.
 *
 * Every Pagefind search here has terms: with filters alone, Pagefind 1.5
 * loads its whole word index (see `everyArticleWord`). The named entries and
 * the articles that mention them hold the terms in their names metadata.
 */
export async function findResults(
  pagefind: Pagefind,
  state: SearchState,
  names: readonly KeyedEntry[],
): Promise<FoundResults> {
  const facets = pagefindFilters(state, singleValuedFacets);
  const term = state.term || everyArticleWord;
  // Articles are the pages outside the glossary's section (see `articleFilters`).
  const inGlossary = { [sectionFilter]: [sections.glossary] };
  const articles = { ...facets, none: [inGlossary] };
  const named = state.term ? namedEntries(state.term, names) : [];
  const narrowed = Object.keys(facets).length > 0;
  // The articles that mention a named entry, in any spelling, say so in its facet.
  const mentionsNamed = named.map((entry) => ({ [entry.facet]: [entry.name] }));
  const namedIds = named.map((entry) => entry.id);
  const search = (filters: PagefindFilters) =>
    pagefind.search(term, state.term ? { filters } : { filters, sort: { date: 'desc' } });

  const [mentioning, others, entries, glossary, ...facetCounts] = await Promise.all([
    named.length > 0 ? search({ ...articles, any: mentionsNamed }) : none,
    search(named.length > 0 ? { ...articles, none: [inGlossary, ...mentionsNamed] } : articles),
    named.length > 0 && !narrowed ? search({ [entryFilter]: { any: namedIds } }) : none,
    state.term && !narrowed
      ? search({
          ...inGlossary,
          ...(named.length > 0 ? { none: namedIds.map((id) => ({ [entryFilter]: [id] })) } : {}),
        })
      : none,
    // A facet whose values combine as "any of" counts what each of its values would add: without its own filter.
    ...Object.keys(facets)
      .filter((facet) => state.anyOf.includes(facet) || singleValuedFacets.includes(facet))
      .map(async (facet) => {
        const counted = await search(Object.fromEntries(Object.entries(articles).filter(([name]) => name !== facet)));
        return { [facet]: counted.filters[facet] ?? {} };
      }),
  ]);

  const byId = new Map<string, PagefindHit>();
  for (const response of [mentioning, others, entries, glossary])
    for (const hit of response.results) byId.set(hit.id, hit);
  const ids = (response: PagefindResponse) => response.results.map((hit) => hit.id);
  const order = rankResults({
    entries: ids(entries),
    mentioning: ids(mentioning),
    articles: ids(others),
    glossary: ids(glossary),
  });
  const counts = { ...addCounts(mentioning.filters, others.filters), ...Object.assign({}, ...facetCounts) };
  return { hits: order.flatMap((id) => byId.get(id) ?? []), counts, named };
}
