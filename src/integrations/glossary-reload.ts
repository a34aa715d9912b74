import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { forgetCompiledGlossaries } from '../annotate/compiled-glossary.ts';
import { contentFolders } from '../content-folders.ts';

/**
 * In `astro dev`, makes the annotator read the glossary again after an entry
 * file changes. A build reads it once and never needs this.
 */
export default function glossaryReload(): AstroIntegration {
  const folder = path.resolve(contentFolders.glossary) + path.sep;
  return {
    name: 'annotated-sources:glossary-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.watcher.on('all', (_event, file) => {
          if (path.resolve(file).startsWith(folder)) forgetCompiledGlossaries();
        });
      },
    },
  };
}
