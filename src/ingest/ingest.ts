import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ArchiveFolders, articlePath, articlesBySource, existingSlugs } from './archive.ts';
import { type EditorMetadata, sourceFileName } from '../schemas/article.ts';
import { mergeMetadata, readSidecar } from './editor-metadata.ts';
import { type PreparedArticle, prepareArticle } from './prepare-article.ts';
import { readSource } from './read-source.ts';
import { isSlug, slugify } from '../text/slug.ts';
import { sourceCopyState } from './source-copy.ts';
import { SourceError } from './source-error.ts';
import { removeStaleTemporaries } from './temp-files.ts';
import { updateArticleMetadata } from './update-article.ts';
import { restoreSourceCopy, writeArticle } from './write-article.ts';

/** How to ingest. */
export interface IngestOptions {
  /** Rewrite articles that already exist for a source (hand edits are lost). Default: keep them. */
  force?: boolean;
  /** Report what would be written without writing anything. */
  dryRun?: boolean;
  /** The slug of a new article, instead of one made from its title (for one file only). */
  slug?: string;
  /** The archive to ingest into. */
  folders: ArchiveFolders;
  /** What the editor states about every source of the run (options); a source's sidecar file adds to it. */
  metadata?: EditorMetadata;
  /**
   * Called with each file's result as soon as it is made; what it returns is
   * kept among the results (the CLI prints each and keeps it without the
   * article's text, so that a batch of 10,000 does not hold every article).
   */
  onResult?: (result: IngestResult) => IngestResult;
}

/** What happened to one source file. */
export type IngestResult =
  | {
      file: string;
      status: 'written' | 'would-write' | 'kept';
      /** The article's path. */
      article: string;
      /** The article's text (for `written` and `would-write`). */
      mdx?: string;
      /** Its number of words (for `written` and `would-write`). */
      words?: number;
      /** The article's previous path, when `--force --slug` moved it. */
      renamedFrom?: string;
      /** The source copy ingest put back, when it kept an article whose source copy was missing. */
      restoredSource?: string;
      /** The article that has the slug of this one's title, when this one's is numbered (`same-title-2`). */
      titleSlugOf?: string;
    }
  | { file: string; status: 'failed'; message: string };

/**
 * Ingests source files into the archive, each on its own: a bad file fails
 * alone and has nothing written for it. For every good file, the source is
 * copied into the sources folder (never over a different file) and its
 * article is written, both or neither (see {@link writeArticle}), unless an
 * article for that source exists and `force` is not set: then the article is
 * kept, and only a lost source copy is restored. A new article whose
 * title's slug other articles have is numbered (`same-title-2`); one whose
 * slug `slug` asks for is taken, or is taken by another ingest while this
 * runs, is refused: the editor chooses another. Unless it is a dry run, it
 * first removes the temporary files that interrupted ingests left.
 */
export function ingestFiles(files: string[], options: IngestOptions): IngestResult[] {
  const { folders } = options;
  if (!options.dryRun) {
    // Files an interrupted ingest left half-written; a running ingest's own are kept.
    removeStaleTemporaries(folders.sources);
    removeStaleTemporaries(folders.articles);
  }
  const bySource = articlesBySource(folders);
  const taken = existingSlugs(folders);

  const ingestFile = (file: string): IngestResult => {
    try {
      const sourceName = path.basename(file);
      if (!sourceName.endsWith('.txt')) {
        throw new SourceError('only .txt files can be ingested; save the article as plain text with a .txt name');
      }
      const nameCheck = sourceFileName.safeParse(sourceName);
      if (!nameCheck.success) {
        throw new SourceError(`${nameCheck.error.issues[0]?.message ?? 'a bad file name'}; rename the file`);
      }
      const bytes = readSource(file);
      const sourceCopy = path.join(folders.sources, sourceName);
      const needsCopy = sourceCopyState(bytes, file, sourceCopy) === 'missing';

      const existing = bySource.get(sourceName);
      if (existing !== undefined && !options.force) {
        // The article is kept, but the archive's record of its source must not stay lost.
        const restored = needsCopy && !options.dryRun && restoreSourceCopy(folders, { file, bytes, copy: sourceCopy });
        return {
          file,
          status: 'kept',
          article: articlePath(folders, existing),
          ...(restored ? { restoredSource: sourceCopy } : {}),
        };
      }
      // Rewriting with --force keeps the editor's <Aside> marks and unmarks of the old article.
      const oldMdx = existing === undefined ? undefined : readFileSync(articlePath(folders, existing), 'utf8');
      const prepared = withEditorMetadata(
        prepareArticle(bytes, sourceName, oldMdx === undefined ? {} : { oldMdx }),
        mergeMetadata(options.metadata ?? {}, readSidecar(file)),
      );
      // With --force, --slug moves an existing article to the slug given.
      const renamedFrom =
        existing !== undefined && options.slug !== undefined && options.slug !== existing ? existing : undefined;
      const { slug, titleSlugOf } =
        existing !== undefined && renamedFrom === undefined
          ? { slug: existing }
          : newSlug(prepared.frontmatter.title, sourceName, options.slug, taken, bySource, folders);
      if (!options.dryRun) {
        writeArticle({
          folders,
          ...(needsCopy ? { source: { file, bytes, copy: sourceCopy } } : {}),
          slug,
          mdx: prepared.mdx,
          mode: slug === existing ? 'replace' : 'create',
          ...(renamedFrom === undefined ? {} : { replaces: renamedFrom }),
        });
      }
      // Only now: a file that failed to be written takes no slug from the files after it.
      taken.add(slug);
      bySource.set(sourceName, slug);
      if (renamedFrom !== undefined) taken.delete(renamedFrom);
      const article = articlePath(folders, slug);
      const status = options.dryRun ? 'would-write' : 'written';
      return {
        file,
        status,
        article,
        mdx: prepared.mdx,
        words: prepared.frontmatter.words,
        ...(renamedFrom === undefined ? {} : { renamedFrom: articlePath(folders, renamedFrom) }),
        ...(titleSlugOf === undefined ? {} : { titleSlugOf }),
      };
    } catch (error) {
      return { file, status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  };
  const onResult = options.onResult ?? ((result: IngestResult) => result);
  return files.map((file) => onResult(ingestFile(file)));
}

/**
 * Slugs tried after a title's own, when other articles have it: `same-title-2` … this many. A wire
 * story that a hundred outlets print under one headline gets a hundred articles.
 */
const mostNumberedSlugs = 10_000;

/**
 * The slug of a new article, and the article that has its title's own slug when it is numbered: a
 * slug asked for (`requested`) must be free; a title's is numbered (`same-title-2`, `-3`, …) when
 * other articles have it.
 */
function newSlug(
  title: string,
  sourceName: string,
  requested: string | undefined,
  taken: Set<string>,
  bySource: Map<string, string>,
  folders: ArchiveFolders,
): { slug: string; titleSlugOf?: string } {
  if (requested !== undefined && !isSlug(requested)) {
    throw new SourceError(`--slug "${requested}" is not a slug; use lower-case letters, digits and hyphens`);
  }
  // A title in a script slugs cannot spell falls back to the source's file name, then to "article".
  const slug = requested ?? (slugify(title) || slugify(sourceName.replace(/\.txt$/, '')) || 'article');
  if (!taken.has(slug)) return { slug };
  if (requested === undefined) {
    for (let number = 2; number <= mostNumberedSlugs; number++) {
      const numbered = `${slug}-${number}`;
      if (!taken.has(numbered)) return { slug: numbered, titleSlugOf: articlePath(folders, slug) };
    }
  }
  const owner = [...bySource].find(([, ownedSlug]) => ownedSlug === slug)?.[0];
  throw new SourceError(
    `its slug "${slug}" is taken by ${articlePath(folders, slug)}${owner ? ` (from ${owner})` : ''}; ` +
      'ingest this file alone with --slug <another-slug>',
  );
}

/**
 * An article with what the editor states about its source (options and
 * sidecar) over what the text states. A title given for a source that has its
 * own headline is refused: the headline is part of the text.
 */
function withEditorMetadata(prepared: PreparedArticle, metadata: EditorMetadata): PreparedArticle {
  if (Object.keys(metadata).length === 0) return prepared;
  if (metadata.title !== undefined && prepared.frontmatter.headline) {
    throw new SourceError(
      `it has its own headline ("${prepared.frontmatter.title}"), which is part of its text; a title can be given only to a source without one`,
    );
  }
  return updateArticleMetadata(prepared.mdx, metadata);
}
