import type { Root } from 'mdast';
import type { Options as ToMarkdownOptions, Unsafe } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * MDX reads a line that starts with `import ` or `export ` as JavaScript, but
 * the standard serializer does not know that. Escaping the first letter (as a
 * character reference) keeps such a line plain text.
 */
const esmKeywords: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport ' },
  { character: 'e', atBreak: true, after: 'xport ' },
];

const options: ToMarkdownOptions = {
  extensions: [mdxToMarkdown()],
  unsafe: esmKeywords,
  // Keep the output close to what an editor would type by hand.
  bullet: '-',
  emphasis: '_',
  rule: '-',
};

/** Serializes an mdast tree as MDX, escaping every character MDX would read as syntax. */
export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, options);
}
