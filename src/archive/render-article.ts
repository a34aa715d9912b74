import { render } from 'astro:content';
import { type ArticleData, readArticleData } from '../annotate/article-data.ts';
import type { Article } from './articles.ts';

/** An article as its pages show it: its content component and what the remark transformers computed. */
export interface RenderedArticle extends ArticleData {
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

const rendered = new Map<string, Promise<RenderedArticle>>();

/**
 * An article's content component (its HTML, rendered by the article loader)
 * and the data its remark transformers computed, typed; read once per article
 * and build. The mention index, the article's page and the article list each
 * ask for every article: three readings of its data otherwise.
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
