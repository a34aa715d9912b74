import type { Root } from 'mdast';
import type { Options as ToMarkdownOptions, Unsafe } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';

/**
 * What the standard serializer leaves unescaped but must not: MDX reads a line
 * that starts with the word `import` or `export` as JavaScript (micromark
 * when a space follows, the site's compiler, Sätteri, also at a line end, a
 * tab, `{` or `*`), so the first letter of such a word is escaped as a
 * character reference, which keeps it plain text; and every `]` makes
 * the parser look back through the whole paragraph for a `[` to close, so a
 * paragraph of escaped `\[…]` pairs took time quadratic in its length.
 */
const unsafe: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport(?![A-Za-z0-9_$])' },
  { character: 'e', atBreak: true, after: 'xport(?![A-Za-z0-9_$])' },
  { character: ']', inConstruct: 'phrasing' },
];

const options: ToMarkdownOptions = {
  extensions: [mdxToMarkdown()],
  unsafe,
  // Keep the output close to what an editor would type by hand.
  bullet: '-',
  emphasis: '_',
  rule: '-',
};

/** Serializes an mdast tree as MDX, escaping every character MDX would read as syntax. */
export function serializeMdx(tree: Root): string {
  return toMarkdown(tree, options);
}
