import { kindLabels } from '../schemas/glossary.ts';
import { calendarYear } from '../text/calendar-date.ts';
import type { Article } from '../archive/articles.ts';
import type { Entity } from '../archive/entities.ts';
import {
  entryFilter,
  entryKindFilter,
  outletFacet,
  quotedFacet,
  sectionFilter,
  sections,
  yearFacet,
} from './filter-names.ts';

/**
 * The Pagefind filters of the site's pages. Articles carry the facets the
 * search page offers; glossary entries carry none of them, so that a facet's
 * counts are counts of articles.
 */

/** The facets the search page offers, in order: who and what an article names, whom it quotes, its year and outlet. */
export const facets: readonly string[] = [
  ...Object.values(kindLabels).map(({ many }) => many),
  quotedFacet,
  yearFacet,
  outletFacet,
];

/**
 * The Pagefind filters of an article: the entities it mentions, one facet per
 * kind ("People", "Organizations", …) valued with their names, its year (or
 * "Undated") and its outlet. Not its source file: a filter with one value per
 * article would fill the search page's download (145 KB at 5,000 articles);
 * the article page names its source. Nor a section: articles are the pages
 * outside the glossary's section, so that the section filter, which every
 * search loads, lists the few entries rather than every article (21 KB at
 * 10,000 articles).
 */
export function articleFilters(article: Article, named: Entity[], quoted: Entity[] = []): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    [yearFacet]: [article.data.date ? calendarYear(article.data.date) : 'Undated'],
  };
  if (article.data.outlet) filters[outletFacet] = [article.data.outlet];
  for (const entity of named) (filters[entityFacet(entity)] ??= []).push(entity.data.name);
  if (quoted.length > 0) filters[quotedFacet] = quoted.map((entity) => entity.data.name);
  return filters;
}

/** The facet an entity is a value of (its name, in the facet of its kind: "People", "Places", …). */
export function entityFacet(entity: Entity): string {
  return kindLabels[entity.data.kind].many;
}

/** The Pagefind filters of a glossary entry: its section, its id and its kind, none of them a facet. */
export function entityFilters(entity: Entity): Record<string, string[]> {
  return {
    [sectionFilter]: [sections.glossary],
    [entryFilter]: [entity.id],
    [entryKindFilter]: [kindLabels[entity.data.kind].one],
  };
}
