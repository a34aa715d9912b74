/**
 * One search as the search page runs it: Pagefind's separate searches of the
 * articles, of the entries a query names and of the other glossary entries
 * (and, where their metadata cannot tell them, of the articles that mention
 * those entries), put in reading order (`ranking.ts`); and, apart from them,
 * each facet value's count of articles.
 *
 * Pagefind counts every filter an instance has loaded, on each of its
 * searches, over every page the words match, whatever the search's filters
 * leave: a search for a name found in most articles costs about twice as
 * much once the instance has loaded a facet of names. So the searches are
 * spread over instances by the filters they load (`SearchInstances`).
 */
import { type KeyedEntry, type NamedEntry, namedEntries, onlyNamedMatch } from './entity-names.ts';
import {
  entryFilter,
  everyArticleWord,
  namesMeta,
  sectionFilter,
  sections,
  singleValuedFacets,
} from './filter-names.ts';
import type { FilterCounts, Pagefind, PagefindFilters, PagefindHit, PagefindResponse } from './pagefind-api.ts';
import { rankResults } from './ranking.ts';
import { type SearchState, pagefindFilters } from './search-url.ts';

/** The Pagefind instances the results come from, each loading only the filters it searches by. */
export interface SearchInstances {
  /** Searches by section and entry alone, the two filters that only glossary entries carry. */
  pages: Pagefind;
  /** Searches by facet values: the articles the chosen values select, or those that mention an entry. */
  facets: () => Promise<Pagefind>;
}

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
 * entries out.
 */
export async function findResults(
  instances: SearchInstances,
  state: SearchState,
  names: readonly KeyedEntry[],
): Promise<FoundResults> {
  const { facets, articles } = articlesChosen(state);
  const named = state.term ? namedEntries(state.term, names) : [];
  const narrowed = Object.keys(facets).length > 0;
  const namedIds = named.map((entry) => entry.id);
  const byPage = searchFor(instances.pages, state);
  const byFacet = async (filters: PagefindFilters) => searchFor(await instances.facets(), state)(filters);
  const search = (filters: PagefindFilters) => (narrowed ? byFacet(filters) : byPage(filters));

  // The articles that mention a named entry, in any spelling, hold its names in their metadata, and
  // say so in its facet. The first tells them among the articles found when no other entry's names
  // could match the query; else the facet finds them, a search that costs more (see above).
  const mentionsShow = named.length > 0 && onlyNamedMatch(state.term, named, names);
  const [others, mentioningByFacet, entries, glossary] = await Promise.all([
    search(articles),
    named.length > 0 && !mentionsShow
      ? byFacet({ ...articles, any: named.map((entry) => ({ [entry.facet]: [entry.name] })) })
      : none,
    named.length > 0 && !narrowed ? byPage({ [entryFilter]: { any: namedIds } }) : none,
    state.term && !narrowed
      ? byPage({
          ...inGlossary,
          ...(named.length > 0 ? { none: namedIds.map((id) => ({ [entryFilter]: [id] })) } : {}),
        })
      : none,
  ]);
  const mentioning = mentionsShow
    ? others.results.filter((hit) => hit.matchedMetaFields?.includes(namesMeta))
    : mentioningByFacet.results;

  const byId = new Map<string, PagefindHit>();
  for (const hit of [...others.results, ...mentioningByFacet.results, ...entries.results, ...glossary.results])
    byId.set(hit.id, hit);
  const ids = (hits: readonly PagefindHit[]) => hits.map((hit) => hit.id);
  // The articles found may be the mentioning ones again: the reading order keeps each page's first place.
  const order = rankResults({
    entries: ids(entries.results),
    mentioning: ids(mentioning),
    articles: ids(others.results),
    glossary: ids(glossary.results),
  });
  return { hits: order.flatMap((id) => byId.get(id) ?? []), named };
}

/**
 * Each facet value's count of articles among a search's results, or, for a
 * facet whose values combine as "any of", the articles each value would add
 * (counted without that facet's own filter).
 *
 * Loading the facets' values makes each search of an instance count them
 * all, which costs several times as much as the search. So the counts come
 * from a Pagefind instance of their own: one search (and one per "any of"
 * facet), after the results are shown.
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
