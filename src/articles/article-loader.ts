import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { forgetCompiledGlossaries } from '../annotate/compiled-glossary.ts';
import { renderedArticlesFolder } from '../archive/render-article.ts';
import { contentFolders } from '../content-folders.ts';
import { EditorError } from '../editor-error.ts';
import { articleFiles, articleId } from '../discover/article-files.ts';
import { dateRangeOf } from '../annotate/archive-range.ts';
import { type ArchiveFolders, readArticleFile, renderArticleFiles } from './render-articles.ts';

/**
 * Loads the articles into a content collection: their frontmatter, checked by
 * the collection's schema. Each article is rendered to HTML once (see
 * article-html.ts) and written, with the data its transformers computed, to a
 * file of its own in `folders.rendered` (see render-article.ts), which its
 * page and every page that lists or quotes it read; no article is compiled
 * into a module for the bundler. An article's id is its file name without
 * `.mdx`, as everywhere in the project.
 *
 * An article's annotation depends on the whole glossary, and its shared
 * passages on every other article: in `astro dev`, a change to any article or
 * entry renders all of them again, with the glossary and passages read anew.
 */
export function articleLoader(
  folders: ArchiveFolders = { ...contentFolders, rendered: renderedArticlesFolder },
  /** Threads that render the articles; by default one per core, at most four, for a large archive (render-articles.ts). */
  threads?: number,
): Loader {
  return {
    name: 'annotated-sources:articles',
    load: async ({ store, parseData, watcher, logger, config }) => {
      const sync = async () => {
        const started = performance.now();
        if (!existsSync(folders.articles))
          throw new EditorError(
            `${folders.articles}: no such folder; ingest sources into it with \`npm run ingest -- <file or folder>\`, which makes it`,
          );
        const files = articleFiles(folders.articles);
        // Every article's frontmatter is checked before any is rendered: a bad one fails the build
        // with the schema's message, which names the file and the field.
        const checked = [];
        const dates: unknown[] = [];
        for (const file of files) {
          const id = articleId(file);
          const filePath = path.relative(process.cwd(), file).split(path.sep).join('/');
          // Read again by the thread that renders it: a few KB, from the page cache.
          const { frontmatter } = readArticleFile(file);
          dates.push(frontmatter.date);
          checked.push({ id, filePath, data: await parseData({ id, data: frontmatter, filePath }) });
        }
        await renderArticleFiles(files, folders, {
          projectRoot: config.root,
          ...(threads === undefined ? {} : { threads }),
          undated: dateRangeOf(dates),
        });
        store.clear();
        for (const entry of checked) store.set(entry);
        logger.info(
          `Rendered ${files.length.toLocaleString('en')} articles in ${Math.round(performance.now() - started)} ms`,
        );
      };
      await sync();
      // In `astro dev`, one sync after another: two at once would empty the rendered folder under
      // each other. A bad edit is reported, and the next edit tries again.
      let syncing = Promise.resolve();
      watcher?.add([folders.articles, folders.glossary]);
      watcher?.on('all', (_event, changed) => {
        const file = path.resolve(changed);
        if (![folders.articles, folders.glossary].some((folder) => file.startsWith(path.resolve(folder) + path.sep)))
          return;
        syncing = syncing.then(async () => {
          forgetCompiledGlossaries();
          await sync().catch((error: Error) => logger.error(error.message));
        });
      });
    },
  };
}
