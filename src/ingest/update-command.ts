import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { EditorMetadata } from '../schemas/article.ts';
import { isSlug } from '../text/slug.ts';
import {
  type ArchiveFolders,
  articlePath,
  createFileExclusive,
  formerSlugsOf,
  readArchiveIndex,
  writeFileAtomic,
} from './archive.ts';
import { giveTitle } from './article-title.ts';
import { SourceError } from './source-error.ts';
import { updateArticleMetadata } from './update-article.ts';

/** What `--update` did to one article. */
export type UpdateResult =
  | {
      target: string;
      status: 'updated' | 'would-update';
      article: string;
      movedFrom?: string;
      /** What became of the source's headline under the title given (see `giveTitle`). */
      titleNote?: string;
    }
  | { target: string; status: 'failed'; message: string };

/**
 * Changes the metadata of existing articles, named by their source (`report.txt`,
 * any folder) or their article file (`content/articles/<slug>.mdx`), without
 * touching their text: a title replaces the one taken from the source, whose
 * headline then stays in the body (see `giveTitle`). With `slug` (one article
 * only), the article moves to that slug and keeps its old one in
 * `formerSlugs`, whose address then leads to it; a slug another article has,
 * or had (its address leads to that one), is refused.
 */
export function updateArticles(
  targets: string[],
  changes: EditorMetadata,
  options: { folders: ArchiveFolders; slug?: string; dryRun?: boolean },
): UpdateResult[] {
  const { folders } = options;
  // Read once, and kept up to date as articles move: a batch costs one listing of the folder.
  const { slugs, bySource, formerSlugs: archiveFormerSlugs } = readArchiveIndex(folders);
  return targets.map((target): UpdateResult => {
    try {
      const slug = target.endsWith('.mdx') ? path.basename(target, '.mdx') : bySource.get(path.basename(target));
      if (slug === undefined || !slugs.has(slug)) {
        throw new SourceError('no article in the archive has this source; ingest it first');
      }
      const file = articlePath(folders, slug);
      const mdx = readFileSync(file, 'utf8');
      const moveTo = options.slug !== undefined && options.slug !== slug ? options.slug : undefined;
      if (moveTo !== undefined) assertFreeSlug(moveTo, slug, slugs, archiveFormerSlugs, folders);
      const formerSlugs = formerSlugsOf(mdx);
      const { title, ...rest } = changes;
      const titled: { mdx: string; note?: string } = title === undefined ? { mdx } : giveTitle(mdx, title);
      const updated = updateArticleMetadata(titled.mdx, {
        ...rest,
        ...(moveTo === undefined ? {} : { formerSlugs: [...formerSlugs.filter((old) => old !== moveTo), slug] }),
      });
      const note = titled.note === undefined ? {} : { titleNote: titled.note };
      const article = moveTo === undefined ? file : articlePath(folders, moveTo);
      if (options.dryRun) return { target, status: 'would-update', article, ...note };
      if (moveTo === undefined) writeFileAtomic(file, updated.mdx);
      else {
        if (!createFileExclusive(article, updated.mdx)) {
          throw new SourceError(`the slug "${moveTo}" was taken a moment ago by another writer; choose another`);
        }
        rmSync(file);
        slugs.delete(slug);
        slugs.add(moveTo);
      }
      return { target, status: 'updated', article, ...(moveTo === undefined ? {} : { movedFrom: file }), ...note };
    } catch (error) {
      return { target, status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** Refuses a slug that is not one, or that another article has or had (`formerSlugs`); `own`'s former slugs are its own to take back. */
function assertFreeSlug(
  slug: string,
  own: string,
  slugs: ReadonlySet<string>,
  formerSlugs: ReadonlyMap<string, string>,
  folders: ArchiveFolders,
): void {
  if (!isSlug(slug))
    throw new SourceError(`--slug "${slug}" is not a slug; use lower-case letters, digits and hyphens`);
  if (slugs.has(slug)) {
    throw new SourceError(`the slug "${slug}" is taken by ${articlePath(folders, slug)}; choose another`);
  }
  const leadsTo = formerSlugs.get(slug);
  if (leadsTo !== undefined && leadsTo !== own) {
    throw new SourceError(
      `the slug "${slug}" is a former address of ${articlePath(folders, leadsTo)}, which it leads to; choose another`,
    );
  }
}
