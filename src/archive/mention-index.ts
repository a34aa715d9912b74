import { getCollection } from 'astro:content';
import type { Quote, RelatedReport } from '../annotate/article-data.ts';
import type { Mention } from '../annotate/mention.ts';
import { type Article, getArticles } from './articles.ts';
import type { Entity } from './entities.ts';
import { renderedData } from './render-article.ts';

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
  /** For each entity, what the articles quote it saying, newest article first. */
  quotesBy: Map<string, QuoteOf[]>;
  /** For each article id, the reports it shares most passages with (from the shared-passages plugin). */
  relatedBy: Map<string, RelatedReport[]>;
}

/** A quotation of an entity, in its article. */
export interface QuoteOf {
  article: Article;
  quote: Quote;
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
  const quotesBy = new Map<string, QuoteOf[]>();
  const relatedBy = new Map<string, RelatedReport[]>();
  const articles = await getArticles();
  for (const article of articles) {
    // Rendered when the content was loaded: this reads what the article's transformers computed.
    const { mentions, quotes = [], relatedReports = [] } = renderedData(article);
    byArticle.set(article.id, mentions);
    if (relatedReports.length > 0) relatedBy.set(article.id, relatedReports);
    for (const quote of quotes) {
      if (!quote.speaker) continue;
      const ofSpeaker = quotesBy.get(quote.speaker) ?? [];
      if (ofSpeaker.length === 0) quotesBy.set(quote.speaker, ofSpeaker);
      ofSpeaker.push({ article, quote });
    }
    for (const [entity, ofEntity] of Map.groupBy(mentions, (mention) => mention.entity)) {
      byEntity.get(entity)?.push({ article, mentions: ofEntity });
    }
  }
  return { entities, byEntity, byArticle, quotesBy, relatedBy };
}

/**
 * A function of an entity or an article that the index answers, computed
 * once per index and id however often pages ask (the matrix asks on every
 * row of every page; each entity page, for every article that mentions it):
 * one rule for every such cache.
 */
export function oncePerId<T>(compute: (index: MentionIndex, id: string) => T) {
  const cache = new WeakMap<MentionIndex, Map<string, T>>();
  return (index: MentionIndex, id: string): T => {
    let ofIndex = cache.get(index);
    if (!ofIndex) cache.set(index, (ofIndex = new Map()));
    if (!ofIndex.has(id)) ofIndex.set(id, compute(index, id));
    return ofIndex.get(id) as T;
  };
}

/** How many times the archive mentions an entity. */
export const mentionCount = oncePerId((index, entity) =>
  (index.byEntity.get(entity) ?? []).reduce((total, { mentions }) => total + mentions.length, 0),
);

/** How many times an article mentions each entity. */
export const countsInArticle = oncePerId((index, article): ReadonlyMap<string, number> => {
  const counts = new Map<string, number>();
  for (const { entity } of index.byArticle.get(article) ?? []) counts.set(entity, (counts.get(entity) ?? 0) + 1);
  return counts;
});

/**
 * The entities mentioned alongside one, most closely tied first (by the
 * Jaccard index of their articles, then by the articles they share), with
 * the number of articles that mention both.
 */
export function mentionedAlongside(
  index: MentionIndex,
  entity: string,
  limit = 8,
): { entity: Entity; articles: number }[] {
  const shared = new Map<string, number>();
  for (const { article } of index.byEntity.get(entity) ?? []) {
    for (const [other] of countsInArticle(index, article.id)) {
      if (other !== entity) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  // The Jaccard index of the two entities' sets of articles: the share of the articles naming either
  // that name both. A raw count of shared articles ranks whatever the whole archive names first.
  const own = (id: string) => index.byEntity.get(id)?.length ?? 0;
  const score = (id: string, both: number) => both / (own(entity) + own(id) - both);
  return [...shared]
    .map(([id, both]) => ({ id, both, score: score(id, both) }))
    .sort((a, b) => b.score - a.score || b.both - a.both || a.id.localeCompare(b.id))
    .slice(0, limit)
    .flatMap(({ id, both }) => {
      const other = index.entities.get(id);
      return other ? [{ entity: other, articles: both }] : [];
    });
}
