import { kindLabels } from '../schemas/glossary.ts';
import { calendarYear } from '../text/calendar-date.ts';
import type { Article } from '../archive/articles.ts';
import type { Entity } from '../archive/entities.ts';

/** The filter that tells articles from glossary entries. */
export const sectionFilter = 'Section';

/**
 * The Pagefind filters of an article: the entities it mentions, one filter per
 * kind ("People", "Organizations", …) valued with their names, and its year
 * (or "Undated"). Not its source file: a filter with one value per article
 * would fill the filter pane and the first search's download (145 KB at
 * 5,000 articles); the article page names its source.
 */
export function articleFilters(article: Article, named: Entity[]): Record<string, string[]> {
  const filters: Record<string, string[]> = {
    [sectionFilter]: ['Articles'],
    Year: [article.data.date ? calendarYear(article.data.date) : 'Undated'],
  };
  for (const entity of named) (filters[kindLabels[entity.data.kind].many] ??= []).push(entity.data.name);
  return filters;
}

/** The Pagefind filters of a glossary entry: its section, and itself under its kind. */
export function entityFilters(entity: Entity): Record<string, string[]> {
  return { [sectionFilter]: ['Glossary'], [kindLabels[entity.data.kind].many]: [entity.data.name] };
}
