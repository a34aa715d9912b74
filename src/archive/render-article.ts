import { render } from 'astro:content';
import { type ArticleData, readArticleData } from '../annotate/article-data.ts';
import type { Article } from './articles.ts';

/** An article rendered for a page: its content component and what the remark plugins computed. */
export interface RenderedArticle extends ArticleData {
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

/** Renders an article and reads the data its remark plugins handed back, typed. */
export async function renderArticle(article: Article): Promise<RenderedArticle> {
  const { Content, remarkPluginFrontmatter } = await render(article);
  return { Content, ...readArticleData(remarkPluginFrontmatter) };
}
