/**
 * The order the search page lists results in, from the ids of Pagefind's
 * separate searches. Pagefind ranks every page by one relevance score, so
 * that a biography retelling an attack outranks the reports of it; readers
 * look for the entry of the name they typed, then the reports.
 */

export interface ResultGroups {
  /** The glossary entries the query names (see `namedEntries`). */
  entries: readonly string[];
  /** The articles that mention those entries, whatever spelling they use, most relevant first. */
  mentioning: readonly string[];
  /** The other articles matching the query, most relevant first. */
  articles: readonly string[];
  /** The other glossary entries matching the query (by name, alias, role or text), most relevant first. */
  glossary: readonly string[];
}

/**
 * Result ids in reading order, each once: the named entries, the articles
 * that mention them, the other articles, the other glossary entries. Within
 * each group, Pagefind's relevance order (where the words occur most, and in
 * titles and names, first).
 */
export function rankResults({ entries, mentioning, articles, glossary }: ResultGroups): string[] {
  return [...new Set([...entries, ...mentioning, ...articles, ...glossary])];
}
