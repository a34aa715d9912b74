import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { type SourceOf, checkedSourceFile, readSourceFile } from '../archive/source-file.ts';
import { contentFolders } from '../content-folders.ts';
import { articleFiles } from '../discover/article-files.ts';
import { EditorError } from '../editor-error.ts';
import { sourceFileName } from '../schemas/article.ts';
import { routes } from '../urls/routes.ts';
import { eachFile } from './files-at-once.ts';

/** Where sources are published, under the base path: `routes.source` of a name is this and the name. */
const sourcesPath = routes.source('');

/**
 * The type the raw sources are served as. A browser decodes `text/plain`
 * without a charset in its locale's legacy encoding (windows-1252 in most), so
 * every non-ASCII source would read as mojibake; ingest takes only UTF-8, and
 * saying so in the header leaves the bytes as published (a byte order mark
 * would break "byte for byte", and a link's `type` attribute is only a hint).
 */
export const sourceContentType = 'text/plain; charset=utf-8';

/**
 * The rule that tells a static host (through `_headers`, written by
 * security-headers.ts) to serve the raw sources as UTF-8 text: a plain host
 * sends `.txt` as bare `text/plain`. So does `astro preview`, and it cannot be
 * told otherwise: Astro 7's static preview server runs no integration's server
 * hook and drops the project's `vite.plugins`
 * (`astro/dist/core/preview/static-preview-server.js`), and `server.headers`
 * would give every file, pages too, the same Content-Type.
 */
export const sourceHeaderRule = { path: `${sourcesPath}*`, headers: [['Content-Type', sourceContentType]] } as const;

/** Each article's source, as its frontmatter names it (the schema has checked the name by the time a build ends). */
export function sourcesOfArticles(folder: string = contentFolders.articles): SourceOf[] {
  return articleFiles(folder).flatMap((articleFile) => {
    const { source } = parseFrontmatter(readFileSync(articleFile, 'utf8')).frontmatter;
    return typeof source === 'string' ? [{ articleFile, source }] : [];
  });
}

/** Copies each article's raw source, byte for byte and checked, into `target`; returns how many. */
export async function copySourceFiles(
  sources: readonly SourceOf[],
  target: string,
  folder: string = contentFolders.sources,
): Promise<number> {
  await mkdir(target, { recursive: true });
  await eachFile(sources, async (of) => copyFile(await checkedSourceFile(of, folder), path.join(target, of.source)));
  return sources.length;
}

/** The source file name an address asks for, if it is one that an article could give (so no folders). */
function sourceNameIn(pathname: string): string | undefined {
  if (!pathname.startsWith(sourcesPath)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(sourcesPath.length));
  } catch {
    return undefined;
  }
  return sourceFileName.safeParse(name).success ? name : undefined;
}

/**
 * Publishes each article's raw source byte for byte at `routes.source(name)`.
 * A build copies the files into its output: a page route cost Astro a
 * rendering per source (5 s at 5,000 articles), a copy is a file system call.
 * `astro dev` serves them from the sources folder.
 */
export default function sourceFiles(): AstroIntegration {
  return {
    name: 'annotated-sources:source-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response: ServerResponse, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          const source = sourceNameIn(pathname);
          if (source === undefined) return next();
          readSourceFile({ articleFile: `the address ${pathname}`, source })
            .then((bytes) => {
              response.setHeader('Content-Type', sourceContentType);
              response.end(bytes);
            })
            .catch((error: unknown) => (error instanceof EditorError ? next() : next(error)));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const copied = await copySourceFiles(sourcesOfArticles(), fileURLToPath(new URL('sources/', dir)));
        logger.info(`Copied the raw sources of ${copied.toLocaleString('en')} articles`);
      },
    },
  };
}
