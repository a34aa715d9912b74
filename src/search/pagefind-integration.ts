import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';
import { site } from '../site.ts';
import { notIndexedSelectors } from './not-indexed.ts';

/**
 * The folders of the pages that are indexed (the pages whose layout is
 * `searchable`: articles and glossary entries), each page at
 * `<folder>/<slug>/index.html`. Pagefind reads only these: the other pages
 * (lists, the matrix, the further pages of an entity's mentions) would cost
 * it most of its time for nothing.
 */
export const searchableFolders = ['articles', 'glossary'] as const;

/** Fails the build with every error Pagefind reported. */
function assertNoErrors(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Whether `name` in `folder` is a file with no bytes. */
function isEmpty(folder: string, name: string): boolean {
  const info = statSync(path.join(folder, name));
  return info.isFile() && info.size === 0;
}

/** The files in `folder` and below that are empty. */
function emptyFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => isEmpty(folder, name));
}

/** How long the bundle's last files may take to reach the disk once Pagefind has answered. */
const settleTimeout = 10_000;

/**
 * Waits until every file of the bundle in `folder` has its bytes. Pagefind's
 * service answers `writeFiles` once it has created each file and handed its
 * bytes to a background write, not once they are on disk; `close()` then
 * kills it, and a file still being written stays empty (on a loaded machine,
 * an empty `pagefind-entry.json`: search could not start). Pagefind writes no
 * empty file, so an empty one is one still being written.
 */
export async function bundleSettled(folder: string, timeout = settleTimeout): Promise<void> {
  const deadline = Date.now() + timeout;
  // Every file exists once Pagefind has answered: only the empty ones need looking at again.
  for (let empty = emptyFiles(folder); empty.length > 0; empty = empty.filter((name) => isEmpty(folder, name))) {
    if (Date.now() > deadline) {
      throw new Error(
        `Pagefind left ${empty.length} empty files in ${folder} (${empty.slice(0, 3).join(', ')}): build again`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Indexes the built site with Pagefind's Node API and writes the search
 * bundle to `<outDir>/pagefind/`. Pages mark what is indexed with
 * `data-pagefind-body` (the layout's `searchable` flag); within it, the
 * furniture in {@link notIndexedSelectors} is left out.
 */
export async function indexSite(outDir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const directory = fileURLToPath(outDir);
  try {
    const { index, errors } = await createIndex({
      excludeSelectors: notIndexedSelectors,
      // One index for every language: by default Pagefind splits its index by each page's
      // language, and the search page would then find only articles in its own.
      forceLanguage: site.lang,
    });
    assertNoErrors('start', errors);
    if (!index) throw new Error('Pagefind could not start: it returned no index');

    const added = await index.addDirectory({ path: directory, glob: `{${searchableFolders.join(',')}}/*/index.html` });
    assertNoErrors(`index ${directory}`, added.errors);
    if (added.page_count === 0) throw new Error('Pagefind found no page to index: is data-pagefind-body set?');

    const bundle = fileURLToPath(new URL('pagefind/', outDir));
    const written = await index.writeFiles({ outputPath: bundle });
    assertNoErrors('write its files', written.errors);
    await bundleSettled(bundle);
    logger.info(
      `Read ${added.page_count} HTML files and wrote the index in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await close();
  }
}

/** Runs Pagefind at the end of every `astro build`. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'annotated-sources:pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => indexSite(dir, logger),
    },
  };
}
