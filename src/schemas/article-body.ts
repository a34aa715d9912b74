import type { Nodes, Root } from 'mdast';

/** The element that sets a promotional line of the source apart: `<Promo>`. */
export const promotionElement = 'Promo';
/** Editors mark a phrase as a mention: `<Mention of="aleksandar-vucic">Serbia’s president</Mention>`. */
export const mentionElement = 'Mention';
/** Editors mark a false match as no mention: `<NotMention>Kosovo</NotMention>`. */
export const notMentionElement = 'NotMention';

/** Something an article may not hold, and where. */
export interface BodyProblem {
  /** What it is, for a reader: "import or export statement". */
  what: string;
  node: Nodes;
}

/**
 * Checks that an article's MDX tree holds only what an archive article may:
 * paragraphs and level-2 subheadings of plain text, `<Promo>` around
 * paragraphs, and (when `editorMarks` is set) the editor's `<Mention of="id">`
 * and `<NotMention>` around text. Nothing that MDX would run as code passes:
 * no import or export, no `{…}` expression, no other element or attribute.
 * Returns every problem, in document order; none means the article is safe.
 */
export function articleBodyProblems(tree: Root, options: { editorMarks: boolean }): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const phrasing = (node: Nodes): void => {
    if (node.type === 'text') return;
    if (options.editorMarks && node.type === 'mdxJsxTextElement' && isEditorMark(node)) {
      node.children.forEach(phrasing);
      return;
    }
    problems.push({ what: describe(node), node });
  };
  const paragraph = (node: Nodes): void => {
    if (node.type === 'paragraph' || (node.type === 'heading' && node.depth === 2)) node.children.forEach(phrasing);
    else problems.push({ what: describe(node), node });
  };
  for (const node of tree.children) {
    const isPromotion =
      node.type === 'mdxJsxFlowElement' && node.name === promotionElement && node.attributes.length === 0;
    if (isPromotion)
      node.children.forEach((child) => (child.type === 'paragraph' ? paragraph(child) : phrasing(child)));
    else paragraph(node);
  }
  return problems;
}

/** `<Mention of="id">` with that one string attribute, or `<NotMention>` with none. */
function isEditorMark(node: Extract<Nodes, { type: 'mdxJsxTextElement' }>): boolean {
  if (node.name === notMentionElement) return node.attributes.length === 0;
  const [of, ...others] = node.attributes;
  return (
    node.name === mentionElement &&
    others.length === 0 &&
    of?.type === 'mdxJsxAttribute' &&
    of.name === 'of' &&
    typeof of.value === 'string'
  );
}

/** A node as an editor would name it. */
function describe(node: Nodes): string {
  switch (node.type) {
    case 'mdxjsEsm':
      return 'import or export statement';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return '{…} expression';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return node.name === mentionElement || node.name === notMentionElement || node.name === promotionElement
        ? `<${node.name}> with other attributes, or in another place than ingest writes it`
        : `element <${node.name ?? ''}>`;
    case 'html':
      return 'raw HTML';
    case 'heading':
      return `level-${node.depth} heading`;
    default:
      return `Markdown ${node.type}`;
  }
}
