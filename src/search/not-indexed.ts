/**
 * Page furniture inside an indexed page's `<main>` that search leaves out: the
 * one list of what is not indexed (pages set `data-pagefind-body` through the
 * layout's `searchable` flag). Text here would otherwise match queries it is
 * not about (dates, counts, a source's page furniture, backlinks), or fill
 * excerpts with what a result already shows (its title, an entry's kind).
 * Titles, names and roles are still found: they are Pagefind metadata
 * (`SearchRecord.astro`).
 */
export const notIndexedSelectors = [
  // Titles: a result shows its title above the excerpt, and a derived title repeats the first sentence.
  '.article > header > h1',
  // An entry's kind, name and role, its editor's-draft note and its facts (aliases, Wikidata id, counts).
  '.entity > header',
  '.entity__draft',
  '.entity__facts',
  // The reader's switch for annotations, with its key to the underlines: the same words on every article.
  '.annotation-switch',
  // Lines of dates, sources and counts under titles.
  '.meta',
  // An article's provenance and citation: the outlet, date and file name would match every query about them.
  '.provenance',
  // Page furniture of a source (captions, bylines, share prompts, "Read next: …"): not part of the article.
  '.source-aside',
  // The notes on shared passages: other reports' titles, counts and "earliest known version" on every page;
  // and the numbered markers in the text that lead to them.
  '.passage-notes',
  '.passage-ref',
  // The list of who an article names: a bare list of names as a result; the names are metadata instead.
  '.article__named',
  // Mention counts beside names, and the kind headings of entity lists.
  '.count',
  '.kind-group__heading',
  // An entity page's backlinks (other articles' sentences), what the articles quote it saying (their words,
  // titles and dates: search finds the quotations in the articles), and its related entities.
  '.entity__mentions-section',
  '.entity-quotes',
  '.entity__alongside-section',
];
