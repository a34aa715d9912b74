import { getCollection } from 'astro:content';
import type { Mention } from '../annotate/mention.ts';
import { type Article, getArticles } from './articles.ts';
import type { Entity } from './entities.ts';
import { renderArticle } from './render-article.ts';

/** Where the archive mentions one entity: per article, in reading order. */
export interface EntityMentions {
  article: Article;
  mentions: Mention[];
}

/** Every mention in the archive, computed once per build from the annotated articles. */
export interface MentionIndex {
  /** All glossary entries, by id. */
  entities: Map<string, Entity>;
  /** For each entity, the articles that mention it and their mentions. */
  byEntity: Map<string, EntityMentions[]>;
  /** For each article id, its mentions in document order. */
  byArticle: Map<string, Mention[]>;
}

let index: Promise<MentionIndex> | undefined;

/**
 * The mention index. It reads the `mentions` that the annotating remark
 * plugin records while it renders each article, so it lists exactly the links
 * the articles hold; it is built once and shared by every page of the build.
 */
export function getMentionIndex(): Promise<MentionIndex> {
  index ??= buildIndex();
  return index;
}

async function buildIndex(): Promise<MentionIndex> {
  const entities = new Map((await getCollection('glossary')).map((entity) => [entity.id, entity]));
  const byEntity = new Map<string, EntityMentions[]>([...entities.keys()].map((id) => [id, []]));
  const byArticle = new Map<string, Mention[]>();
  for (const article of await getArticles()) {
    const { mentions } = await renderArticle(article);
    byArticle.set(article.id, mentions);
    for (const [entity, ofEntity] of Map.groupBy(mentions, (mention) => mention.entity)) {
      byEntity.get(entity)?.push({ article, mentions: ofEntity });
    }
  }
  return { entities, byEntity, byArticle };
}

/**
 * A function of an entity that the index answers, computed once per index
 * and entity however often pages ask (the matrix asks on every row of every
 * page): one rule for every such cache.
 */
export function oncePerEntity<T>(compute: (index: MentionIndex, entity: string) => T) {
  const cache = new WeakMap<MentionIndex, Map<string, T>>();
  return (index: MentionIndex, entity: string): T => {
    let ofIndex = cache.get(index);
    if (!ofIndex) cache.set(index, (ofIndex = new Map()));
    if (!ofIndex.has(entity)) ofIndex.set(entity, compute(index, entity));
    return ofIndex.get(entity) as T;
  };
}

/** How many times the archive mentions an entity. */
export const mentionCount = oncePerEntity((index, entity) =>
  (index.byEntity.get(entity) ?? []).reduce((total, { mentions }) => total + mentions.length, 0),
);

/** How many times an article mentions each entity, most mentioned first. */
export function countsInArticle(index: MentionIndex, article: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { entity } of index.byArticle.get(article) ?? []) counts.set(entity, (counts.get(entity) ?? 0) + 1);
  return counts;
}

/**
 * The entities most often mentioned alongside one: by the number of articles
 * that mention both, then by how often they are mentioned there.
 */
export function mentionedAlongside(
  index: MentionIndex,
  entity: string,
  limit = 8,
): { entity: Entity; articles: number }[] {
  const shared = new Map<string, { articles: number; mentions: number }>();
  for (const { article } of index.byEntity.get(entity) ?? []) {
    for (const [other, count] of countsInArticle(index, article.id)) {
      if (other === entity) continue;
      const tally = shared.get(other) ?? { articles: 0, mentions: 0 };
      shared.set(other, { articles: tally.articles + 1, mentions: tally.mentions + count });
    }
  }
  return [...shared]
    .sort(([, a], [, b]) => b.articles - a.articles || b.mentions - a.mentions)
    .slice(0, limit)
    .flatMap(([id, { articles }]) => {
      const other = index.entities.get(id);
      return other ? [{ entity: other, articles }] : [];
    });
}
