import { render } from 'astro:content';
import { type ArticleData, readArticleData } from '../annotate/article-data.ts';
import type { Article } from './articles.ts';

/** An article rendered for a page: its content component and what the remark plugins computed. */
export interface RenderedArticle extends ArticleData {
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

const rendered = new Map<string, Promise<RenderedArticle>>();

/**
 * Renders an article and reads the data its remark plugins handed back,
 * typed; once per article and build. The mention index, the article's page
 * and the article list each ask for every article: three renders and three
 * readings of its data otherwise.
 */
export function renderArticle(article: Article): Promise<RenderedArticle> {
  let once = rendered.get(article.id);
  if (!once) {
    once = render(article).then(({ Content, remarkPluginFrontmatter }) => ({
      Content,
      ...readArticleData(remarkPluginFrontmatter),
    }));
    rendered.set(article.id, once);
  }
  return once;
}
