/**
 * The names of the site's Pagefind filters, shared by the pages that write
 * them (`search-filters.ts`) and the search page's script that reads them;
 * this module imports nothing, so the script stays small.
 */

/** The metadata that holds every name of the entry a page is, or of the entries an article mentions. */
export const namesMeta = 'names';

/** The filter that tells glossary entries from articles (which have none), and its value. */
export const sectionFilter = 'Section';
export const sections = { glossary: 'Glossary' } as const;

/** A glossary entry's id, so that the search page can list the entry a query names. */
export const entryFilter = 'Entry';

/** A glossary entry's kind ("Person"), shown in its result. */
export const entryKindFilter = 'Kind';

/** The facets of an article besides the kinds of entity it names. */
export const yearFacet = 'Year';
export const outletFacet = 'Outlet';
/** The facet of who an article quotes (speakers' names, where the text attributes a quotation). */
export const quotedFacet = 'Quoted';

/** Facets with one value per article: their values combine as "any of", never "all of". */
export const singleValuedFacets: readonly string[] = [yearFacet, outletFacet];

/**
 * A word every article holds in its metadata, and no reader types: browsing
 * by facets alone searches for it. Pagefind 1.5 answers a search with no
 * terms by loading its whole word index (an empty term matches every chunk:
 * 4.3 MB at 10,000 articles); this word loads one small chunk. Pagefind keeps
 * underscores in words.
 */
export const everyArticleWord = '__article';
