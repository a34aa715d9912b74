import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { VFile } from 'vfile';

/** A remark transformer: changes a tree in place, reads and writes `file.data`, fails with `file.fail`. */
export type Transformer = (tree: Root, file: VFile) => void;

/** What the articles' Markdown allows, for the build and for ingest's own parse: CommonMark and MDX only. */
export const articleFeatures = { gfm: false, smartPunctuation: false } as const;

/**
 * Parses an article's source (MDX, without frontmatter) into a plain mdast
 * tree with Sätteri, the native Markdown and MDX compiler Astro 7 uses; with
 * `position`, each node knows its place in the source.
 */
export function parseArticle(source: string, { position = false } = {}): Root {
  return mdxToMdast(source, { features: articleFeatures, position }) as Root;
}
