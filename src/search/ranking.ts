/**
 * The order the search page lists results in, from the ids of Pagefind's
 * separate searches. Pagefind ranks every page by one relevance score, so
 * that a biography retelling an attack outranks the reports of it; readers
 * look for the entry of the name they typed, then the reports.
 */

export interface ResultGroups {
  /** The glossary entries the query names (see `namedEntries`). */
  entries: readonly string[];
  /** The articles that mention those entries, whatever spelling they use. */
  mentioning: readonly string[];
  /** The articles matching the query, most relevant first. */
  articles: readonly string[];
  /** The glossary entries matching the query (by name, alias, role or text), most relevant first. */
  glossary: readonly string[];
}

/**
 * Result ids in reading order, each once: the named entries; then the
 * articles that mention them, those matching the query first, in relevance
 * order (where the name is written most, and in titles, first); then the
 * other articles; then the other glossary entries.
 */
export function rankResults({ entries, mentioning, articles, glossary }: ResultGroups): string[] {
  const mentions = new Set(mentioning);
  return [
    ...new Set([...entries, ...articles.filter((id) => mentions.has(id)), ...mentioning, ...articles, ...glossary]),
  ];
}
