import { calendarYear } from '../text/calendar-date.ts';
import { type EntityMentions, oncePerId } from './mention-index.ts';
import { chunkByWeight, entityPageLimits } from './pages.ts';

/**
 * An entity's mentions cut into pages of whole articles, in the archive's
 * order (newest first), each page within {@link entityPageLimits}. Page 1 is
 * on the entity page; an entity no article mentions has one empty page. Cut
 * once per entity.
 */
export const entityPages = oncePerId((index, entity): EntityMentions[][] =>
  chunkByWeight(index.byEntity.get(entity) ?? [], ({ mentions }) => mentions.length, {
    maxItems: entityPageLimits.articles,
    maxWeight: entityPageLimits.mentions,
  }),
);

/**
 * For each article that mentions an entity, the number (from 1) of the page
 * of mentions that holds it. Made once per entity: every page of the matrix
 * asks it for every entity it shows.
 */
export const entityPageOfArticle = oncePerId((index, entity) => {
  const pageOf = new Map<string, number>();
  entityPages(index, entity).forEach((page, number) => {
    for (const { article } of page) pageOf.set(article.id, number + 1);
  });
  return pageOf;
});

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
