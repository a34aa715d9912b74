import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { handBack } from '../annotate/article-data.ts';

/** Excerpts are cut at a word boundary to at most this many characters. */
const maxLength = 220;

/**
 * Hands the opening of an article (the text of its first paragraph, cut at a
 * word boundary) back to Astro as the computed frontmatter field `excerpt`,
 * read from `render()` as `remarkPluginFrontmatter.excerpt`.
 */
export default function remarkExcerpt() {
  return (tree: Root, file: VFile): void => {
    const paragraph = tree.children.find((node) => node.type === 'paragraph');
    if (!paragraph) return;
    const text = toString(paragraph);
    const excerpt = text.length <= maxLength ? text : `${text.slice(0, maxLength + 1).replace(/\s+\S*$/, '')}…`;
    handBack(file, { excerpt });
  };
}
