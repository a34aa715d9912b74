import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** The phrase that @astrojs/mdx rewrites with a plain text replace of the compiled module. */
const rewritten = 'export default function';

/**
 * Keeps article text out of a text replace. @astrojs/mdx turns the compiled
 * `export default function MDXContent` into a plain function by replacing the
 * first match in the module's code: an article quoting that phrase would be
 * the match, and its text would change. Each text holding the phrase is
 * split into two text nodes (`…export default ` and `function…`), which
 * compile to two strings, so the phrase never appears in the code. The
 * rendered text is unchanged. Runs last, on the annotated tree.
 */
export default function remarkSplitRewrittenPhrase() {
  return (tree: Root): void => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes(rewritten)) return;
      const pieces = node.value.split(rewritten);
      const texts: Text[] = pieces.map((piece, position) => ({
        type: 'text',
        value: `${position > 0 ? 'function' : ''}${piece}${position < pieces.length - 1 ? 'export default ' : ''}`,
      }));
      parent.children.splice(index, 1, ...texts.filter((text) => text.value !== ''));
      return index + texts.length;
    });
  };
}
