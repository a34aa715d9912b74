import type { Expression, Program } from 'estree';
import { visit } from 'estree-util-visit';

/** The line that @astrojs/mdx rewrites with a plain text replace of the compiled module. */
const rewritten = 'export default function';

/**
 * Keeps article text from breaking the build. @astrojs/mdx turns the compiled
 * `export default function MDXContent` into a plain function with a text
 * replace on the module's code, which hits the first match: an article that
 * quotes that phrase would be rewritten instead, and the module would end up
 * with two default exports. This recma plugin splits every string literal that
 * holds the phrase into a concatenation (`"…export default " + "function…"`),
 * so the only match left in the code is the real function. The rendered text
 * is unchanged.
 */
export default function recmaSplitMdxContent() {
  return (tree: Program): void => {
    visit(tree, (node, key, index, ancestors) => {
      if (node.type !== 'Literal' || typeof node.value !== 'string' || !node.value.includes(rewritten)) return;
      const parent = ancestors.at(-1) as unknown as Record<string, unknown> | undefined;
      // Property keys and import sources must stay literals; text never sits there.
      if (!parent || key === undefined || key === 'key' || key === 'source') return;
      const pieces = node.value.split(rewritten);
      const parts = pieces.map(
        (piece, position) =>
          `${position > 0 ? 'function' : ''}${piece}${position < pieces.length - 1 ? 'export default ' : ''}`,
      );
      const concatenation = parts
        .map((value): Expression => ({ type: 'Literal', value }))
        .reduce((left, right) => ({ type: 'BinaryExpression', operator: '+', left, right }));
      const slot = parent[key];
      if (Array.isArray(slot) && index !== undefined) slot[index] = concatenation;
      else parent[key] = concatenation;
    });
  };
}
