import type { ArticleFrontmatter } from '../schemas/article.ts';
import { formatCalendarDate } from '../text/calendar-date.ts';

/**
 * A reference to an archived source, as a reader cites it: who wrote it, its
 * title, who published it and when, where it was published, and where the
 * archive keeps it. Parts the archive does not know are left out, never
 * guessed. E.g. `Jane Roe. "Kosovo police …" Reuters, 24 September 2023.
 * https://… (retrieved 1 October 2023). Archived in Annotated Sources: /articles/….`
 */
export function citationText(article: ArticleFrontmatter, archive: { name: string; pageUrl: string }): string {
  const parts = [
    article.authors && article.authors.length > 0 ? `${listNames(article.authors)}.` : '',
    `“${article.title.replace(/[.\s]+$/, '')}.”`,
    [article.outlet, article.date ? formatCalendarDate(article.date) : 'Undated'].filter(Boolean).join(', ') + '.',
    article.url
      ? `${article.url}${article.retrieved ? ` (retrieved ${formatCalendarDate(article.retrieved)})` : ''}.`
      : '',
    `Archived in ${archive.name}: ${archive.pageUrl}.`,
  ];
  return parts.filter((part) => part !== '').join(' ');
}

/** "A", "A and B", "A, B and C". */
function listNames(names: string[]): string {
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The `<meta name="citation_…">` tags that Zotero, Google Scholar and other
 * reference managers read (the Highwire Press tags), as name and content pairs.
 * The publication date is written `YYYY/MM/DD`, `YYYY/MM` or `YYYY`, as
 * precisely as it is known.
 */
export function citationMeta(article: ArticleFrontmatter): [string, string][] {
  return [
    ['citation_title', article.title],
    ...(article.authors ?? []).map((author): [string, string] => ['citation_author', author]),
    ...(article.date ? [['citation_publication_date', article.date.replaceAll('-', '/')] as [string, string]] : []),
    ...(article.outlet ? [['citation_publisher', article.outlet] as [string, string]] : []),
    ...(article.url ? [['citation_public_url', article.url] as [string, string]] : []),
    ...(article.lang ? [['citation_language', article.lang] as [string, string]] : []),
  ];
}
