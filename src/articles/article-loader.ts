import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader } from 'astro/loaders';
import { forgetCompiledGlossaries } from '../annotate/compiled-glossary.ts';
import { contentFolders } from '../content-folders.ts';
import { articleFiles } from '../discover/article-files.ts';
import { forgetArchivePassages } from '../passages/archive-passages.ts';
import { articleHtml } from './article-html.ts';
import { articleTransformers } from './article-transformers.ts';

/**
 * Loads the articles into a content collection, each rendered to HTML once
 * (see {@link articleHtml}): its page and every page that lists or quotes it
 * read the stored HTML and the data its transformers computed, and no article
 * is compiled into a module for the bundler. An article's id is its file name
 * without `.mdx`, as everywhere in the project.
 *
 * An article's annotation depends on the whole glossary, and its shared
 * passages on every other article: in `astro dev`, a change to any article or
 * entry renders all of them again, with the glossary and passages read anew.
 */
export function articleLoader(folders: { articles: string; glossary: string } = contentFolders): Loader {
  return {
    name: 'annotated-sources:articles',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        const started = performance.now();
        const transformers = articleTransformers(folders);
        const files = articleFiles(folders.articles);
        store.clear();
        for (const file of files) {
          const id = path.basename(file, '.mdx');
          const filePath = path.relative(process.cwd(), file).split(path.sep).join('/');
          const text = readFileSync(file, 'utf8');
          const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
          const data = await parseData({ id, data: frontmatter, filePath });
          const { html, frontmatter: computed } = articleHtml(content, { path: file, frontmatter, transformers });
          store.set({
            id,
            data,
            body: content,
            filePath,
            digest: generateDigest(text),
            rendered: { html, metadata: { frontmatter: computed } },
          });
        }
        // The comparison's index is not needed once every article holds its passages' notes.
        forgetArchivePassages();
        logger.info(
          `Rendered ${files.length.toLocaleString('en')} articles in ${Math.round(performance.now() - started)} ms`,
        );
      };
      await sync();
      watcher?.add([folders.articles, folders.glossary]);
      watcher?.on('all', (_event, changed) => {
        const file = path.resolve(changed);
        if (![folders.articles, folders.glossary].some((folder) => file.startsWith(path.resolve(folder) + path.sep)))
          return;
        forgetCompiledGlossaries();
        forgetArchivePassages();
        void sync();
      });
    },
  };
}
