/**
 * One search as the search page runs it: Pagefind's separate searches of
 * articles, of glossary entries, of the entries the query names and of the
 * articles that mention them, put in reading order (`ranking.ts`).
 */
import { type NamedEntry, namedEntries } from './entity-names.ts';
import { entryFilter, everyArticleWord, sectionFilter, sections, singleValuedFacets } from './filter-names.ts';
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

/** Glossary results looked at for the entries a query names: they rank high, on their names. */
const entryLookahead = 10;

/** Counts of two searches whose results do not overlap, added up. */
function addCounts(a: FilterCounts, b: FilterCounts): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of [a, b])
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
 * Each Pagefind search matches its terms against the whole index (about
 * 0.2 s at 10,000 articles), so the page runs as few as it can: the articles
 * split in two (those that mention a named entry, and the others), and the
 * glossary, whose first results hold the named entries.
 */
export async function findResults(
  pagefind: Pagefind,
  state: SearchState,
  names: readonly NamedEntry[],
): Promise<FoundResults> {
  const facets = pagefindFilters(state, singleValuedFacets);
  const articles = { ...facets, [sectionFilter]: [sections.articles] };
  if (state.term === '') {
    const browsed = await pagefind.search(everyArticleWord, { filters: articles, sort: { date: 'desc' } });
    return { hits: browsed.results, counts: browsed.filters, named: [] };
  }
  const narrowed = Object.keys(facets).length > 0;
  const named = namedEntries(state.term, names);
  // The articles that mention a named entry, in any spelling, say so in its facet.
  const mentionsNamed = named.map((entry) => ({ [entry.facet]: [entry.name] }));
  // Every search has the terms: Pagefind loads its whole word index for a search without (see
  // `everyArticleWord`). The named entries and the articles that mention them hold the terms in their names.
  const [mentioning, others, glossary] = await Promise.all([
    named.length > 0 ? pagefind.search(state.term, { filters: { ...articles, any: mentionsNamed } }) : none,
    pagefind.search(state.term, {
      filters: named.length > 0 ? { ...articles, none: mentionsNamed } : articles,
    }),
    narrowed ? none : pagefind.search(state.term, { filters: { [sectionFilter]: [sections.glossary] } }),
  ]);
  const namedIds = new Set(named.map((entry) => entry.id));
  const entries = (
    await Promise.all(
      glossary.results.slice(0, namedIds.size > 0 ? entryLookahead : 0).map(async (hit) => {
        const fragment = await hit.data().catch(() => undefined);
        return namedIds.has(fragment?.filters[entryFilter]?.[0] ?? '') ? [hit.id] : [];
      }),
    )
  ).flat();

  const byId = new Map<string, PagefindHit>();
  for (const response of [mentioning, others, glossary]) for (const hit of response.results) byId.set(hit.id, hit);
  const ids = (response: PagefindResponse) => response.results.map((hit) => hit.id);
  const order = rankResults({ entries, mentioning: ids(mentioning), articles: ids(others), glossary: ids(glossary) });
  return {
    hits: order.flatMap((id) => byId.get(id) ?? []),
    counts: addCounts(mentioning.filters, others.filters),
    named,
  };
}
