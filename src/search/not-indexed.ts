/**
 * Page furniture inside an indexed page's `<main>` that search leaves out: the
 * one list of what is not indexed (pages set `data-pagefind-body` through the
 * layout's `searchable` flag). Text here would otherwise match queries it is
 * not about: dates, counts, a source's page furniture, backlinks.
 */
export const notIndexedSelectors = [
  // Lines of dates, sources and counts under titles.
  '.meta',
  // An article's provenance and citation: the outlet, date and file name would match every query about them.
  '.provenance',
  // Page furniture of a source (captions, bylines, share prompts, "Read next: …"): not part of the article.
  '.source-aside',
  // Mention counts beside names, and the kind headings of entity lists.
  '.count',
  '.kind-group__heading',
  // An entity page's figures, its backlinks (other articles' sentences) and its related entities.
  '.entity__in-archive',
  '.entity__mentions-section',
  '.entity__alongside-section',
];
