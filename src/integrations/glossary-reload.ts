import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { forgetCompiledGlossaries } from '../annotate/compiled-glossary.ts';
import { contentFolders } from '../content-folders.ts';
import { forgetArchivePassages } from '../passages/archive-passages.ts';

/**
 * In `astro dev`, makes the annotator read the glossary again after an entry
 * file changes, and the shared-passage plugin the archive after an article or
 * an entry changes (its names tell which sentences open with a name; the
 * article recompiled sees it, others keep their markers until a restart). A
 * build reads both once and never needs this.
 */
export default function glossaryReload(): AstroIntegration {
  const folder = path.resolve(contentFolders.glossary) + path.sep;
  const articles = path.resolve(contentFolders.articles) + path.sep;
  return {
    name: 'annotated-sources:glossary-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.on('all', (_event, file) => {
          const changed = path.resolve(file);
          if (changed.startsWith(folder)) forgetCompiledGlossaries();
          if (changed.startsWith(folder) || changed.startsWith(articles)) forgetArchivePassages();
        });
      },
    },
  };
}
