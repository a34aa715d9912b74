import type { VFile } from 'vfile';
import type { Mention, TitleSegment } from './mention.ts';

/**
 * What the remark plugins compute for an article and hand to its pages
 * through Astro's `render()` (as `remarkPluginFrontmatter`).
 */
export interface ArticleData {
  /** Every mention, in document order (from the annotator). */
  mentions: Mention[];
  /** The source's own headline, annotated; absent for a derived title (from the annotator). */
  titleSegments?: TitleSegment[];
  /** The opening of the first paragraph (from the excerpt plugin). */
  excerpt?: string;
}

/** Hands computed fields of an article to Astro, beside its frontmatter. */
export function handBack(file: VFile, data: Partial<ArticleData>): void {
  const astro = (file.data.astro ??= {});
  astro.frontmatter = { ...astro.frontmatter, ...data };
}

/** Reads what {@link handBack} handed over, from `render()`'s `remarkPluginFrontmatter`. */
export function readArticleData(remarkPluginFrontmatter: Record<string, unknown>): ArticleData {
  const { mentions, titleSegments, excerpt } = remarkPluginFrontmatter as Partial<ArticleData>;
  return {
    mentions: mentions ?? [],
    ...(titleSegments ? { titleSegments } : {}),
    ...(excerpt === undefined ? {} : { excerpt }),
  };
}
