import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ArticleData, readArticleData } from '../annotate/article-data.ts';
import type { Article } from './articles.ts';

/**
 * Where the article loader writes each article as its pages show it, one
 * JSON file per article (`{ html, computed }`), in Astro's cache folder. Not
 * in the content collection's data store: the build reads that as one module,
 * and compiling the 105 MB of 10,000 articles' HTML took V8 13 s.
 */
export const renderedArticlesFolder = path.join('node_modules', '.astro', 'annotated-sources', 'articles');

/** An article's rendered file in `folder`. */
export const renderedArticleFile = (id: string, folder: string = renderedArticlesFolder): string =>
  path.join(folder, `${id}.json`);

/** What the article loader writes for an article: its body's HTML, and its frontmatter with the computed fields. */
export interface RenderedArticleJson {
  html: string;
  computed: Record<string, unknown>;
}

/** An article as its pages show it: its body's HTML and what the remark transformers computed. */
export interface RenderedArticle extends ArticleData {
  html: string;
}

const rendered = new Map<string, { written: number; article: RenderedArticle }>();

/**
 * An article's body as HTML and the data its remark transformers computed
 * (written by the article loader), typed; read once per article and build.
 * The mention index, the article's page and the article list each ask for
 * every article: three readings of its file otherwise. A file written again
 * (in `astro dev`, after an edit) is read again.
 */
export function renderArticle(article: Article): RenderedArticle {
  const file = renderedArticleFile(article.id);
  const written = statSync(file).mtimeMs;
  let once = rendered.get(article.id);
  if (once?.written !== written) {
    const { html, computed } = JSON.parse(readFileSync(file, 'utf8')) as RenderedArticleJson;
    once = { written, article: { html, ...readArticleData(computed) } };
    rendered.set(article.id, once);
  }
  return once.article;
}
