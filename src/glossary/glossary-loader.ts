import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { contentFolders } from '../content-folders.ts';
import { readGlossary } from './read-glossary.ts';

/**
 * Loads the glossary into a content collection through the same reader and
 * checks the annotator uses, so a bad entry fails the build with one message
 * that names the file and the field. Bodies are rendered as Markdown by the
 * site's processor, which passes raw HTML through: it only ever sees the safe
 * subset that `readGlossary` lets through (no HTML, images or unsafe links).
 */
export function glossaryLoader({
  folder = contentFolders.glossary,
  beforeSync = () => {},
}: {
  folder?: string;
  /** Called before the entries are read again in `astro dev`: drops what was computed from them. */
  beforeSync?: () => void;
} = {}): Loader {
  return {
    name: 'annotated-sources:glossary',
    load: async ({ store, parseData, renderMarkdown, generateDigest, watcher }) => {
      const sync = async () => {
        const entries = readGlossary(folder);
        store.clear();
        for (const { id, file, body, ...fields } of entries) {
          const data = await parseData({ id, data: fields, filePath: file });
          store.set({
            id,
            data,
            body,
            filePath: file,
            digest: generateDigest({ ...fields, body }),
            // The file's address routes the body to the cross-referencing transformer (astro.config.mjs).
            rendered: await renderMarkdown(body, { fileURL: pathToFileURL(path.resolve(file)) }),
          });
        }
      };
      await sync();
      watcher?.add(folder);
      watcher?.on('all', (_event, changed) => {
        if (!changed.includes(folder)) return;
        beforeSync();
        void sync();
      });
    },
  };
}
