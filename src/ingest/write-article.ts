import { mkdirSync, rmSync } from 'node:fs';
import { type ArchiveFolders, articlePath, createFileExclusive, writeFileAtomic } from './archive.ts';
import { copySource } from './source-copy.ts';
import { SourceError } from './source-error.ts';
import { folderWriteError } from './write-error.ts';

/** One article to write, with the copy of its source when the archive lacks it. */
export interface ArticleWrite {
  folders: ArchiveFolders;
  /** The source as ingested, and where its copy goes, when that copy is missing. */
  source?: { file: string; bytes: Uint8Array; copy: string };
  slug: string;
  mdx: string;
  /** `create`: a new article, never over another. `replace`: rewrite the article of that slug (`--force`). */
  mode: 'create' | 'replace';
  /** The slug of the source's previous article, removed once the new one is written (`--force --slug`). */
  replaces?: string;
}

/** A new article's slug that another ingest took while this one ran: nothing of the article is written. */
export class SlugTakenError extends SourceError {
  override name = 'SlugTakenError';

  constructor(slug: string, article: string) {
    super(
      `its slug "${slug}" was taken by ${article} while this ingest ran (another ingest wrote it); ` +
        'ingest this file alone with --slug <another-slug>',
    );
  }
}

/**
 * Writes an article and its source copy all or nothing, as an editor sees it:
 * the source copy first, then the article; if the article cannot be written,
 * the copy made by this call is removed again, and if the previous article
 * cannot be removed, the new one is. Each file is written atomically; a new
 * article is created exclusively, so that of two ingests racing for a slug
 * one writes it and the other is refused. Throws an `EditorError` of one line
 * naming the folder that could not be written (see {@link folderWriteError}).
 */
export function writeArticle(write: ArticleWrite): void {
  const { folders, source } = write;
  ensureFolder(folders.sources);
  ensureFolder(folders.articles);
  const copied = source ? restoreSourceCopy(folders, source) : false;
  try {
    writeArticleFile(write);
  } catch (error) {
    // Best effort: a copy left behind holds the same bytes, which the next ingest of the file accepts.
    if (copied && source) rmSync(source.copy, { force: true });
    throw folderWriteError(folders.articles, error);
  }
}

/**
 * Copies a source into the sources folder, never over another file (also
 * where an article exists but its source copy was lost). Returns whether this
 * call made the copy (`false`: an identical one appeared meanwhile). Throws
 * like {@link writeArticle}.
 */
export function restoreSourceCopy(folders: ArchiveFolders, source: NonNullable<ArticleWrite['source']>): boolean {
  ensureFolder(folders.sources);
  try {
    return copySource(source.bytes, source.file, source.copy);
  } catch (error) {
    throw folderWriteError(folders.sources, error);
  }
}

function writeArticleFile({ folders, slug, mdx, mode, replaces }: ArticleWrite): void {
  const article = articlePath(folders, slug);
  if (mode === 'replace') {
    writeFileAtomic(article, mdx);
    return;
  }
  if (!createFileExclusive(article, mdx)) throw new SlugTakenError(slug, article);
  if (replaces === undefined) return;
  try {
    rmSync(articlePath(folders, replaces));
  } catch (error) {
    // Two articles for one source would both be published.
    rmSync(article, { force: true });
    throw error;
  }
}

function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw folderWriteError(folder, error);
  }
}
