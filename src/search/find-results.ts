/**
 * One search as the search page runs it: Pagefind's separate searches of the
 * articles that mention the entries a query names, of the other articles, of
 * those entries and of the other glossary entries, put in reading order
 * (`ranking.ts`); and, apart from them, each facet value's count of articles.
 */
import { type KeyedEntry, type NamedEntry, namedEntries } from './entity-names.ts';
import { entryFilter, everyArticleWord, sectionFilter, sections, singleValuedFacets } from './filter-names.ts';
import type { FilterCounts, Pagefind, PagefindFilters, PagefindHit, PagefindResponse } from './pagefind-api.ts';
import { rankResults } from './ranking.ts';
import { type SearchState, pagefindFilters } from './search-url.ts';

export interface FoundResults {
  /** Every result, in reading order. */
  hits: PagefindHit[];
  /** The glossary entries the query names. */
  named: NamedEntry[];
}

const none: PagefindResponse = { results: [], filters: {} };

/** Glossary entries are the pages in its section; articles are the pages outside it. */
const inGlossary = { [sectionFilter]: [sections.glossary] };

/**
 * Pagefind's search for the state's terms under `filters`. Every Pagefind
 * search here has terms: with filters alone, Pagefind 1.5 loads its whole
 * word index (see `everyArticleWord`), so without terms it searches every
 * article, newest first.
 */
function searchFor(pagefind: Pagefind, state: SearchState) {
  const term = state.term || everyArticleWord;
  return (filters: PagefindFilters) =>
    pagefind.search(term, state.term ? { filters } : { filters, sort: { date: 'desc' } });
}

/** The chosen facet values as Pagefind filters, and the articles they select. */
function articlesChosen(state: SearchState): { facets: PagefindFilters; articles: PagefindFilters } {
  const facets = pagefindFilters(state, singleValuedFacets);
  return { facets, articles: { ...facets, none: [inGlossary] } };
}

/**
 * Runs a search: with terms, the entries they name first, then the articles
 * that mention those entries, then other matching articles, then other
 * entries; with only facet values chosen, the articles they select, newest
 * first. Facet values select articles, so a search with any leaves glossary
 * entries out. The named entries and the articles that mention them hold the
 * terms in their names metadata.
 */
export async function findResults(
  pagefind: Pagefind,
  state: SearchState,
  names: readonly KeyedEntry[],
): Promise<FoundResults> {
  const { facets, articles } = articlesChosen(state);
  const named = state.term ? namedEntries(state.term, names) : [];
  const narrowed = Object.keys(facets).length > 0;
  // The articles that mention a named entry, in any spelling, say so in its facet.
  const mentionsNamed = named.map((entry) => ({ [entry.facet]: [entry.name] }));
  const namedIds = named.map((entry) => entry.id);
  const search = searchFor(pagefind, state);

  const [mentioning, others, entries, glossary] = await Promise.all([
    named.length > 0 ? search({ ...articles, any: mentionsNamed }) : none,
    search(named.length > 0 ? { ...articles, none: [inGlossary, ...mentionsNamed] } : articles),
    named.length > 0 && !narrowed ? search({ [entryFilter]: { any: namedIds } }) : none,
    state.term && !narrowed
      ? search({
          ...inGlossary,
          ...(named.length > 0 ? { none: namedIds.map((id) => ({ [entryFilter]: [id] })) } : {}),
        })
      : none,
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
  return { hits: order.flatMap((id) => byId.get(id) ?? []), named };
}

/**
 * Each facet value's count of articles among a search's results, or, for a
 * facet whose values combine as "any of", the articles each value would add
 * (counted without that facet's own filter).
 *
 * Pagefind counts every filter it has loaded on every search, over every page
 * the terms match: once the facets' values are loaded, a search costs several
 * times as much. So the counts come from a Pagefind instance of their own,
 * one search (and one per "any of" facet) after the results are shown, and
 * the instance that finds the results loads only the filters it searches by.
 */
export async function countFacets(pagefind: Pagefind, state: SearchState): Promise<FilterCounts> {
  const { facets, articles } = articlesChosen(state);
  const search = searchFor(pagefind, state);
  const [all, ...ownCounts] = await Promise.all([
    search(articles),
    ...Object.keys(facets)
      .filter((facet) => state.anyOf.includes(facet) || singleValuedFacets.includes(facet))
      .map(async (facet) => {
        const counted = await search(Object.fromEntries(Object.entries(articles).filter(([name]) => name !== facet)));
        return { [facet]: counted.filters[facet] ?? {} };
      }),
  ]);
  return { ...all.filters, ...Object.assign({}, ...ownCounts) };
}
