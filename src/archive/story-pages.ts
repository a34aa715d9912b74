import { type Article, articlesById, getArticles } from './articles.ts';
import { getMentionIndex } from './mention-index.ts';
import { chunk, storiesPerPage } from './pages.ts';
import { findStories } from './stories.ts';
import { timeOrder } from './timeline.ts';

/** A story as its page shows it: its number, its page, and its reports in time order. */
export interface Story {
  number: number;
  page: number;
  reports: Article[];
}

let stories: Promise<{ pages: Story[][]; byArticle: Map<string, Story> }> | undefined;

/** The archive's stories cut into pages, and each article's story: computed once per build. */
export function getStories(): Promise<{ pages: Story[][]; byArticle: Map<string, Story> }> {
  stories ??= (async () => {
    const [articles, byId, index] = await Promise.all([getArticles(), articlesById(), getMentionIndex()]);
    const found = findStories(
      articles.map((article) => article.id),
      index.relatedBy,
    );
    const pages = chunk(found, storiesPerPage).map((ofPage, pageIndex) =>
      ofPage.map((ids, position) => ({
        number: pageIndex * storiesPerPage + position + 1,
        page: pageIndex + 1,
        reports: timeOrder(ids.flatMap((id) => byId.get(id) ?? [])),
      })),
    );
    const byArticle = new Map(
      pages.flat().flatMap((story) => story.reports.map((report) => [report.id, story] as const)),
    );
    return { pages, byArticle };
  })();
  return stories;
}
