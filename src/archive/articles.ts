import { type CollectionEntry, getCollection } from 'astro:content';
import { byDate } from './timeline.ts';

/** An article of the archive. */
export type Article = CollectionEntry<'articles'>;

/** Newest first; undated articles last, by title. */
export const compareArticles: (a: Article, b: Article) => number = byDate('newest');

let sorted: Promise<Article[]> | undefined;

/** All articles in reading order, loaded once per build. */
export function getArticles(): Promise<Article[]> {
  sorted ??= getCollection('articles').then((articles) => articles.sort(compareArticles));
  return sorted;
}

let positions: Promise<Map<string, number>> | undefined;

/**
 * The articles either side of one in reading order (newest first, undated
 * last): `before` is the newer one, `after` the older or the next undated one.
 */
export async function articleNeighbours(id: string): Promise<{ before?: Article; after?: Article }> {
  const articles = await getArticles();
  positions ??= Promise.resolve(new Map(articles.map((article, position) => [article.id, position])));
  const position = (await positions).get(id);
  if (position === undefined) return {};
  return { before: articles[position - 1], after: articles[position + 1] };
}

let byId: Promise<Map<string, Article>> | undefined;

/** Every article by its id, built once per build (pages that name other articles look them up here). */
export function articlesById(): Promise<Map<string, Article>> {
  byId ??= getArticles().then((articles) => new Map(articles.map((article) => [article.id, article])));
  return byId;
}
