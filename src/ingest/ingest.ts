import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ArchiveFolders, articlePath, formerSlugsOf } from './archive.ts';
import { type ChosenSlug, articleSlugs } from './article-slugs.ts';
import { type Retitled, giveTitle, titleToKeep } from './article-title.ts';
import { type EditorMetadata, sourceFileName } from '../schemas/article.ts';
import { DuplicateSources, type KnownSource } from './duplicate-sources.ts';
import { mergeMetadata, readSidecar } from './editor-metadata.ts';
import { type PreparedArticle, prepareArticle } from './prepare-article.ts';
import { readSource } from './read-source.ts';
import { sourceCopyState } from './source-copy.ts';
import { SourceError } from './source-error.ts';
import { removeStaleTemporaries } from './temp-files.ts';
import { updateArticleMetadata } from './update-article.ts';
import { SlugTakenError, restoreSourceCopy, writeArticle } from './write-article.ts';

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
      /** What became of the source's headline under a title the editor gave (see `giveTitle`). */
      titleNote?: string;
    }
  | { file: string; status: 'failed'; message: string };

/**
 * Slugs a new article tries when other ingests running at once take them first. Each time, the
 * archive's slugs are read again, so that it passes over all the others wrote meanwhile.
 */
const slugTries = 100;

/**
 * Ingests source files into the archive, each on its own: a bad file fails
 * alone and has nothing written for it. For every good file, the source is
 * copied into the sources folder (never over a different file) and its
 * article is written, both or neither (see {@link writeArticle}), unless an
 * article for that source exists and `force` is not set: then the article is
 * kept, and only a lost source copy is restored. A new article whose
 * title's slug other articles have is numbered (`same-title-2`); one whose
 * slug `slug` asks for is taken, or is taken by another ingest while this
 * runs, is refused: the editor chooses another. A source whose bytes equal
 * those of another source, in the archive or earlier in the run, under
 * another name is refused: it is a copy, and would be a second article. The
 * editor's metadata (options, then the sidecar file, then the source's own
 * front matter) is applied over what the text states; `--force` keeps the
 * title of the article it rewrites (see `titleToKeep`) unless one is given.
 * Unless it is a dry run, it first removes the temporary files that
 * interrupted ingests left.
 */
export function ingestFiles(files: string[], options: IngestOptions): IngestResult[] {
  const { folders } = options;
  if (!options.dryRun) {
    // Files an interrupted ingest left half-written; a running ingest's own are kept.
    removeStaleTemporaries(folders.sources);
    removeStaleTemporaries(folders.articles);
  }
  const slugs = articleSlugs(folders);
  const { bySource } = slugs;
  const duplicates = new DuplicateSources(folders, bySource);

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
      const copied = existing === undefined ? duplicates.find(bytes, sourceName) : undefined;
      if (copied) throw duplicateError(copied, options.dryRun === true);
      // Rewriting with --force keeps the editor's <Aside> marks and unmarks of the old article.
      const oldMdx = existing === undefined ? undefined : readFileSync(articlePath(folders, existing), 'utf8');
      // Rewritten with --force, an article keeps its former addresses, which lead to it.
      const formerSlugs = oldMdx === undefined ? [] : formerSlugsOf(oldMdx);
      const fromSource = prepareArticle(bytes, sourceName, oldMdx === undefined ? {} : { oldMdx });
      const prepared = withEditorMetadata(
        fromSource,
        mergeMetadata(
          options.metadata ?? {},
          readSidecar(file),
          fromSource.frontmatterMetadata,
          formerSlugs.length > 0 ? { formerSlugs } : {},
        ),
        oldMdx,
      );
      // With --force, --slug moves an existing article to the slug given.
      const renamedFrom =
        existing !== undefined && options.slug !== undefined && options.slug !== existing ? existing : undefined;
      let chosen: ChosenSlug =
        existing !== undefined && renamedFrom === undefined
          ? { slug: existing }
          : slugs.choose(prepared.frontmatter.title, sourceName, options.slug);
      // Another ingest running at once may take the slug chosen: a title's is then numbered again.
      for (let tries = 1; !options.dryRun; tries++) {
        try {
          writeArticle({
            folders,
            ...(needsCopy ? { source: { file, bytes, copy: sourceCopy } } : {}),
            slug: chosen.slug,
            mdx: prepared.mdx,
            mode: chosen.slug === existing ? 'replace' : 'create',
            ...(renamedFrom === undefined ? {} : { replaces: renamedFrom }),
          });
          break;
        } catch (error) {
          if (!(error instanceof SlugTakenError) || options.slug !== undefined || tries === slugTries) throw error;
          slugs.takenMeanwhile();
          chosen = slugs.choose(prepared.frontmatter.title, sourceName);
        }
      }
      const { slug, titleSlugOf } = chosen;
      // Only now: a file that failed to be written takes no slug from the files after it.
      slugs.written(slug, sourceName, renamedFrom);
      if (existing === undefined) duplicates.add(bytes, sourceName, file, slug);
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
        ...(prepared.note === undefined ? {} : { titleNote: prepared.note }),
      };
    } catch (error) {
      return { file, status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  };
  const onResult = options.onResult ?? ((result: IngestResult) => result);
  return files.map((file) => onResult(ingestFile(file)));
}

/**
 * An article with what the editor states about its source (options, sidecar,
 * front matter) over what the text states. A title the editor gives replaces
 * one taken from the source, whose headline stays in the text (see
 * `giveTitle`); without one, an article rewritten with `--force` keeps the
 * title of `oldMdx` (see `titleToKeep`).
 */
function withEditorMetadata(prepared: PreparedArticle, metadata: EditorMetadata, oldMdx?: string): Retitled {
  const { title, ...rest } = metadata;
  const titled = withTitle(prepared, title, oldMdx);
  if (Object.keys(rest).length === 0) return titled;
  return { ...updateArticleMetadata(titled.mdx, rest), ...(titled.note === undefined ? {} : { note: titled.note }) };
}

/** The article under the editor's title, else under the one `--force` keeps from `oldMdx`, else as it is. */
function withTitle(prepared: PreparedArticle, title: string | undefined, oldMdx: string | undefined): Retitled {
  if (title !== undefined) return giveTitle(prepared.mdx, title);
  const kept = oldMdx === undefined ? undefined : titleToKeep(oldMdx, prepared.mdx);
  return kept ? giveTitle(prepared.mdx, kept.title, kept.options) : prepared;
}

/** The refusal of a source that is a copy of another: both files named, and the article it has. */
function duplicateError(copied: KnownSource, dryRun: boolean): SourceError {
  const ingested = copied.thisRun
    ? `which this run ${dryRun ? 'would ingest' : 'ingested'} as ${copied.article}`
    : `already ingested as ${copied.article}`;
  return new SourceError(
    `it is a copy of ${copied.file} (the same bytes), ${ingested}; nothing was written for it: remove the copy`,
  );
}
