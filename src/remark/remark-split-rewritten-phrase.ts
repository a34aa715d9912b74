import type { Parent, PhrasingContent, Root, Text } from 'mdast';

/** The phrase that @astrojs/mdx rewrites with a plain text replace of the compiled module. */
const rewritten = 'export default function';

/**
 * A text holding the phrase as nodes that never hold it: the text around
 * each occurrence, and `export default ` as a literal expression. An
 * expression, not a text: MDX's static optimization joins adjacent texts of
 * a paragraph into one HTML string, but keeps an expression apart.
 */
function split(text: Text): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  text.value.split(rewritten).forEach((piece, position) => {
    if (position > 0) {
      nodes.push({ type: 'mdxTextExpression', value: JSON.stringify('export default ') });
      nodes.push({ type: 'text', value: `function${piece}` });
    } else if (piece !== '') nodes.push({ type: 'text', value: piece });
  });
  return nodes;
}

/**
 * Adds to `found` the nodes under `node` (itself included) with a text child
 * holding the phrase. A plain walk: it runs on every article, and finds
 * nothing in nearly all of them.
 */
function addParentsHolding(node: Parent, found: Set<Parent>): void {
  for (const child of node.children) {
    if (child.type === 'text') {
      if (child.value.includes(rewritten)) found.add(node);
    } else if ('children' in child) addParentsHolding(child, found);
  }
}

/**
 * Keeps article text out of a text replace. @astrojs/mdx turns the compiled
 * `export default function MDXContent` into a plain function by replacing the
 * first match in the module's code: an article quoting that phrase would be
 * the match, and its text would change. Each text holding the phrase is
 * split (see {@link split}) so that the phrase never appears in the code.
 * The rendered text is unchanged. Runs last, on the annotated tree, after
 * the safety check that refuses expressions in what an editor wrote.
 */
export default function remarkSplitRewrittenPhrase() {
  return (tree: Root): void => {
    const parents = new Set<Parent>();
    addParentsHolding(tree, parents);
    // Each parent's children are rebuilt once, whatever the number of pieces.
    for (const parent of parents) {
      parent.children = parent.children.flatMap((child) =>
        child.type === 'text' && child.value.includes(rewritten) ? split(child) : [child],
      ) as Parent['children'];
    }
  };
}
