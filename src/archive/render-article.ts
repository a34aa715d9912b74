import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ArticleData, readArticleData } from '../annotate/article-data.ts';
import type { Article } from './articles.ts';

/**
 * Where the article loader writes each article as its pages show it, two
 * files per article in Astro's cache folder: its body's HTML, and its
 * frontmatter with the fields its transformers computed, as JSON. Not in the
 * content collection's data store: the build reads that as one module, and
 * compiling the 105 MB of 10,000 articles' HTML took V8 13 s. Apart, because
 * every page that lists or counts the articles reads their data, and only the
 * article's own page its HTML: the build keeps the one in memory, not the other.
 */
export const renderedArticlesFolder = path.join('node_modules', '.astro', 'annotated-sources', 'articles');

/** An article's rendered HTML in `folder`. */
export const renderedHtmlFile = (id: string, folder: string = renderedArticlesFolder): string =>
  path.join(folder, `${id}.html`);

/** An article's computed frontmatter in `folder`, written after its HTML. */
export const renderedDataFile = (id: string, folder: string = renderedArticlesFolder): string =>
  path.join(folder, `${id}.json`);

const rendered = new Map<string, { written: number; data: ArticleData }>();

/**
 * The data an article's remark transformers computed (written by the article
 * loader), typed; read once per article and build. The mention index, the
 * article's page and the article list each ask for every article: three
 * readings of its file otherwise. A file written again (in `astro dev`, after
 * an edit) is read again.
 */
export function renderedData(article: Article): ArticleData {
  const file = renderedDataFile(article.id);
  const written = statSync(file).mtimeMs;
  let once = rendered.get(article.id);
  if (once?.written !== written) {
    once = { written, data: readArticleData(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) };
    rendered.set(article.id, once);
  }
  return once.data;
}

/** An article's body as HTML, read for its page: the one page that shows it. */
export const renderedHtml = (article: Article): string => readFileSync(renderedHtmlFile(article.id), 'utf8');
