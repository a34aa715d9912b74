import type { Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** The phrase that @astrojs/mdx rewrites with a plain text replace of the compiled module. */
const rewritten = 'export default function';

/** A text holding the phrase as texts without it: `…export default ` and `function…`. */
function split(text: Text): Text[] {
  const pieces = text.value.split(rewritten);
  return pieces
    .map((piece, position): Text => ({
      type: 'text',
      value: `${position > 0 ? 'function' : ''}${piece}${position < pieces.length - 1 ? 'export default ' : ''}`,
    }))
    .filter((piece) => piece.value !== '');
}

/**
 * Keeps article text out of a text replace. @astrojs/mdx turns the compiled
 * `export default function MDXContent` into a plain function by replacing the
 * first match in the module's code: an article quoting that phrase would be
 * the match, and its text would change. Each text holding the phrase is
 * split into text nodes (`…export default ` and `function…`), which compile
 * to separate strings, so the phrase never appears in the code. The rendered
 * text is unchanged. Runs last, on the annotated tree.
 */
export default function remarkSplitRewrittenPhrase() {
  return (tree: Root): void => {
    const parents = new Set<Parent>();
    visit(tree, 'text', (node: Text, _index, parent) => {
      if (parent && node.value.includes(rewritten)) parents.add(parent);
    });
    // Each parent's children are rebuilt once, whatever the number of pieces.
    for (const parent of parents) {
      parent.children = parent.children.flatMap((child) =>
        child.type === 'text' && child.value.includes(rewritten) ? split(child) : [child],
      ) as Parent['children'];
    }
  };
}
