import { calendarYear } from '../text/calendar-date.ts';
import type { EntityMentions, MentionIndex } from './mention-index.ts';
import { chunkByWeight, entityPageLimits } from './pages.ts';

/** The pages of each entity's mentions, cut once per build and per entity. */
const cache = new WeakMap<MentionIndex, Map<string, EntityMentions[][]>>();

/**
 * An entity's mentions cut into pages of whole articles, in the archive's
 * order (newest first), each page within {@link entityPageLimits}. Page 1 is
 * on the entity page; an entity no article mentions has one empty page.
 */
export function entityPages(index: MentionIndex, entity: string): EntityMentions[][] {
  let ofIndex = cache.get(index);
  if (!ofIndex) cache.set(index, (ofIndex = new Map()));
  let pages = ofIndex.get(entity);
  if (!pages) {
    pages = chunkByWeight(index.byEntity.get(entity) ?? [], ({ mentions }) => mentions.length, {
      maxItems: entityPageLimits.articles,
      maxWeight: entityPageLimits.mentions,
    });
    ofIndex.set(entity, pages);
  }
  return pages;
}

/** The page of each article in each entity's mentions, made once per build and per entity. */
const pageOfCache = new WeakMap<MentionIndex, Map<string, Map<string, number>>>();

/**
 * For each article that mentions an entity, the number (from 1) of the page
 * of mentions that holds it. Made once per entity: every page of the matrix
 * asks it for every entity it shows.
 */
export function entityPageOfArticle(index: MentionIndex, entity: string): Map<string, number> {
  let ofIndex = pageOfCache.get(index);
  if (!ofIndex) pageOfCache.set(index, (ofIndex = new Map()));
  let pageOf = ofIndex.get(entity);
  if (!pageOf) {
    const made = new Map<string, number>();
    entityPages(index, entity).forEach((page, number) => {
      for (const { article } of page) made.set(article.id, number + 1);
    });
    ofIndex.set(entity, (pageOf = made));
  }
  return pageOf;
}

/** A year of an entity's mentions, for the jump list: how many articles, and where the first of them is. */
export interface MentionYear {
  /** The year, or `undefined` for undated articles. */
  year: string | undefined;
  articles: number;
  /** The first article of that year, newest first, and the page of mentions that holds it. */
  first: string;
  page: number;
}

/** The years an entity's mentions fall in, newest first and undated last, as the pages list them. */
export function mentionYears(pages: EntityMentions[][]): MentionYear[] {
  const years = new Map<string | undefined, MentionYear>();
  pages.forEach((page, number) => {
    for (const { article } of page) {
      const year = article.data.date ? calendarYear(article.data.date) : undefined;
      const tally = years.get(year);
      if (tally) tally.articles++;
      else years.set(year, { year, articles: 1, first: article.id, page: number + 1 });
    }
  });
  return [...years.values()];
}
