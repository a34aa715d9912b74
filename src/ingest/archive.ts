import { existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { contentFolders } from '../content-folders.ts';
import { temporaryPath } from './temp-files.ts';

/** Where an archive keeps its raw sources and their articles. */
export interface ArchiveFolders {
  /** Raw `.txt` sources, never modified once there. */
  sources: string;
  /** One `<slug>.mdx` article per source. */
  articles: string;
}

/** The archive of this repository, relative to the working directory. */
export const defaultFolders: ArchiveFolders = { sources: contentFolders.sources, articles: contentFolders.articles };

/** What ingest knows of the archive's articles, from their frontmatter. */
export interface ArchiveIndex {
  /** The slugs of the articles, as the folder lists them. */
  slugs: Set<string>;
  /** Each article's source file name → its slug. */
  bySource: Map<string, string>;
  /** Each former slug (`formerSlugs`) → the slug of the article whose address it leads to: no other article may take it. */
  formerSlugs: Map<string, string>;
}

/**
 * Reads each existing article's source file name and former slugs, reading
 * only the frontmatter. Files whose frontmatter cannot be read are left out
 * (and so can never be overwritten by mistake: their slug stays taken).
 */
export function readArchiveIndex(folders: ArchiveFolders): ArchiveIndex {
  const index: ArchiveIndex = { slugs: existingSlugs(folders), bySource: new Map(), formerSlugs: new Map() };
  for (const slug of index.slugs) {
    try {
      const { frontmatter } = parseFrontmatter(readFileSync(articlePath(folders, slug), 'utf8'));
      if (typeof frontmatter.source === 'string') index.bySource.set(frontmatter.source, slug);
      if (Array.isArray(frontmatter.formerSlugs))
        for (const former of frontmatter.formerSlugs)
          if (typeof former === 'string') index.formerSlugs.set(former, slug);
    } catch {
      // A hand-edited file with broken frontmatter: the site build reports it.
    }
  }
  return index;
}

/** The slugs an article file lists as its former ones (`formerSlugs`): addresses that lead to it. */
export function formerSlugsOf(mdx: string): string[] {
  const { formerSlugs } = parseFrontmatter(mdx).frontmatter as { formerSlugs?: unknown };
  return Array.isArray(formerSlugs) ? formerSlugs.filter((slug): slug is string => typeof slug === 'string') : [];
}

/** Slugs of the articles in the archive. */
export function existingSlugs(folders: ArchiveFolders): Set<string> {
  if (!existsSync(folders.articles)) return new Set();
  return new Set(
    readdirSync(folders.articles)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.slice(0, -'.mdx'.length)),
  );
}

/** Path of the article with the given slug. */
export function articlePath(folders: ArchiveFolders, slug: string): string {
  return path.join(folders.articles, `${slug}.mdx`);
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed over
 * the target, so that readers never see a partial file. Replaces the target
 * if it exists; {@link createFileExclusive} never does.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const temporary = temporaryPath(target);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Codes with which a file system that has no hard links refuses one. */
const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Creates a file atomically and exclusively: written to a temporary file
 * beside it, then hard-linked to the target, which fails if the target
 * exists. Returns `false`, writing nothing, if the target exists (another
 * writer may have created it a moment ago), so that no file is overwritten.
 * On a file system without hard links, the target is created with `O_EXCL`
 * and written in place: still exclusive, but a reader may see it half-written.
 */
export function createFileExclusive(target: string, data: string | Uint8Array): boolean {
  const temporary = temporaryPath(target);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    try {
      linkSync(temporary, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') return false;
      // The temporary file was just created there, so EPERM means no links, not no permission.
      if (!noHardLinks.has(code)) throw error;
      return createInPlace(target, data);
    }
    return true;
  } finally {
    rmSync(temporary, { force: true });
  }
}

function createInPlace(target: string, data: string | Uint8Array): boolean {
  try {
    writeFileSync(target, data, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // Created but not written whole (a full disk): no half file stays.
    rmSync(target, { force: true });
    throw error;
  }
}
