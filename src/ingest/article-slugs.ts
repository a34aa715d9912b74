import { type ArchiveFolders, articlePath, existingSlugs, readArchiveIndex } from './archive.ts';
import { isSlug, slugify } from '../text/slug.ts';
import { SourceError } from './source-error.ts';

/** A new article's slug, and the article that has its title's own slug when it is numbered (`same-title-2`). */
export interface ChosenSlug {
  slug: string;
  titleSlugOf?: string;
}

/**
 * The slugs of an archive as one ingest run sees them: its articles', the
 * former slugs whose addresses lead to them (which no new article may take),
 * and each source's article, kept up to date as the run writes.
 */
export interface ArticleSlugs {
  /** Each source file name → its article's slug. */
  bySource: Map<string, string>;
  /**
   * The slug of a new article: the one asked for (`requested`), which must be free; or its title's,
   * numbered (`same-title-2`, `-3`, …) when other articles have it. Throws a `SourceError` saying why not.
   */
  choose(title: string, sourceName: string, requested?: string): ChosenSlug;
  /**
   * Reads the archive's slugs again after another writer took one while this run ran: the next
   * choice passes over all it wrote meanwhile, not only the slug this one tried.
   */
  takenMeanwhile(): void;
  /** Records an article written: its slug, its source, and the slug it moved from (`--force --slug`). */
  written(slug: string, sourceName: string, movedFrom?: string): void;
}

/** Numbers tried after a title's own slug: a wire story that a hundred outlets print under one headline gets a hundred. */
const mostNumbers = 10_000;

/** The slugs of the archive in `folders`, read once for a run (see {@link ArticleSlugs}). */
export function articleSlugs(folders: ArchiveFolders): ArticleSlugs {
  const { slugs: taken, bySource, formerSlugs } = readArchiveIndex(folders);
  // The next number to try for each title's slug: a batch of one headline does not count from 2 each time.
  const nextNumber = new Map<string, number>();
  const isTaken = (slug: string) => taken.has(slug) || formerSlugs.has(slug);

  const refusal = (slug: string) => {
    const leadsTo = formerSlugs.get(slug);
    if (leadsTo !== undefined && !taken.has(slug)) {
      return new SourceError(
        `its slug "${slug}" is a former address of ${articlePath(folders, leadsTo)}, which it leads to; ` +
          'ingest this file alone with --slug <another-slug>',
      );
    }
    const owner = [...bySource].find(([, ownedSlug]) => ownedSlug === slug)?.[0];
    return new SourceError(
      `its slug "${slug}" is taken by ${articlePath(folders, slug)}${owner ? ` (from ${owner})` : ''}; ` +
        'ingest this file alone with --slug <another-slug>',
    );
  };

  return {
    bySource,
    choose(title, sourceName, requested) {
      if (requested !== undefined && !isSlug(requested)) {
        throw new SourceError(`--slug "${requested}" is not a slug; use lower-case letters, digits and hyphens`);
      }
      // A title in a script slugs cannot spell falls back to the source's file name, then to "article".
      const slug = requested ?? (slugify(title) || slugify(sourceName.replace(/\.txt$/, '')) || 'article');
      if (!isTaken(slug)) return { slug };
      if (requested !== undefined) throw refusal(slug);
      for (let number = nextNumber.get(slug) ?? 2; number <= mostNumbers; number++) {
        const numbered = `${slug}-${number}`;
        if (isTaken(numbered)) continue;
        nextNumber.set(slug, number + 1);
        // The article that has the title's slug, or whose former address it is.
        const holder = taken.has(slug) ? slug : (formerSlugs.get(slug) ?? slug);
        return { slug: numbered, titleSlugOf: articlePath(folders, holder) };
      }
      throw refusal(slug);
    },
    takenMeanwhile() {
      for (const slug of existingSlugs(folders)) taken.add(slug);
    },
    written(slug, sourceName, movedFrom) {
      taken.add(slug);
      bySource.set(sourceName, slug);
      if (movedFrom !== undefined) taken.delete(movedFrom);
    },
  };
}
