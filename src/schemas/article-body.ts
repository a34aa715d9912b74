import type { Nodes, Root } from 'mdast';

/**
 * The element that sets a line of the source apart as page furniture, not
 * article text: `<Aside kind="caption">Photo: …</Aside>`. Shown with a label,
 * not annotated, not indexed.
 */
export const asideElement = 'Aside';

/**
 * The kinds of page furniture an `<Aside>` may hold: a closed list, so that a
 * mistyped kind fails the build rather than showing a wrong label.
 */
export const asideKinds = [
  // A site's name and tagline above the headline: `SpaceWar.com - Your World At War`.
  'banner',
  // Who wrote it: `By Jane Doe`, `Piše: …`, `Von …`.
  'byline',
  // When it was posted or updated: `2023.09.24 05:30`, `Updated 3 hours ago`.
  'timestamp',
  // A photo caption or credit, or an image's alt text: `Photo: Reuters/…`, `(AP Photo/…)`.
  'caption',
  // A gallery's counter or prompt: `3/3`, `View gallery`.
  'gallery',
  // An advertising slot's label: `ADVERTISEMENT`, `Anzeige`, `Werbung`.
  'advertisement',
  // A headline of another story, from a sidebar or a list of related stories.
  'related',
  // A prompt to read other content: `Read next: …`, `Read more`.
  'promotion',
  // Share buttons and counters: `Share this article`, `Podeli`, `• 0`.
  'share',
  // A prompt to subscribe, or to sign up for a newsletter.
  'subscription',
  // Reading time: `4 min read`, `Lesezeit: 4 Min.`.
  'reading-time',
  // The attribution line of an embedded post: `— Name (@handle) September 24, 2023`.
  'embed',
  // A copyright line: `© 2023 Reuters`, `Copyright AFP`.
  'copyright',
  // An agency's notes to editors: `(Adds Kurti quote in paragraph 5)`, `Reporting by …; Editing by …`.
  'agency-note',
  // A cookie or consent notice.
  'cookie-notice',
  // Any other furniture an editor sets apart.
  'other',
] as const;

/** A kind of page furniture: one of {@link asideKinds}. */
export type AsideKind = (typeof asideKinds)[number];

/** Whether a string names a kind of page furniture. */
export function isAsideKind(value: unknown): value is AsideKind {
  return typeof value === 'string' && (asideKinds as readonly string[]).includes(value);
}

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
 * paragraphs and level-2 subheadings of plain text, `<Aside kind="…">` (with
 * one of {@link asideKinds}) around paragraphs, and (when `editorMarks` is
 * set) the editor's `<Mention of="id">` and `<NotMention>` around text.
 * Nothing that MDX would run as code passes: no import or export, no `{…}`
 * expression, no other element or attribute. Returns every problem, in
 * document order; none means the article is safe.
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
    const aside = asideOf(node);
    if (aside) aside.children.forEach((child) => (child.type === 'paragraph' ? paragraph(child) : phrasing(child)));
    else paragraph(node);
  }
  return problems;
}

/**
 * The kind of a top-level `<Aside kind="…">` element that has that one
 * attribute, with a string value from {@link asideKinds}; `undefined` for any
 * other node. The element may stand on lines of its own around paragraphs, or
 * alone on one line with its text (which MDX reads as a paragraph holding it).
 */
export function asideKindOf(node: Nodes): AsideKind | undefined {
  const aside = asideOf(node);
  const kind = aside?.attributes[0];
  return kind?.type === 'mdxJsxAttribute' && isAsideKind(kind.value) ? kind.value : undefined;
}

/** The `<Aside>` element a top-level node is, or holds alone on its line, if it has one valid kind. */
function asideOf(node: Nodes) {
  const element =
    node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'mdxJsxTextElement'
      ? node.children[0]
      : node;
  if ((element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') || element.name !== asideElement)
    return undefined;
  const [kind, ...others] = element.attributes;
  const valid = others.length === 0 && kind?.type === 'mdxJsxAttribute' && kind.name === 'kind';
  return valid && isAsideKind(kind.value) ? element : undefined;
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
      return node.name === asideElement
        ? `<${asideElement}> without one kind="…" of ${asideKinds.join(', ')}, or in another place than ingest writes it`
        : node.name === mentionElement || node.name === notMentionElement
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
