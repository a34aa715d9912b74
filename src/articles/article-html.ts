import GithubSlugger from 'github-slugger';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Html, Link, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { type Handler, toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { asideLabels } from './aside-labels.ts';
import { asideElement, isAsideKind } from '../schemas/article-body.ts';
import { type Transformer, parseArticle } from '../remark/parse-article.ts';
import { sentenceEndComment, sentenceEndPlaceholder } from '../passages/remark-sentence-ends.ts';

/** An article's body as its page shows it, and what the transformers computed from it. */
export interface ArticleHtml {
  html: string;
  /** The article's frontmatter with the computed fields the transformers handed back. */
  frontmatter: Record<string, unknown>;
  /** The file the transformers read and handed data back on: a later step may hand back more. */
  file: VFile;
}

/**
 * A line of page furniture (`<Aside kind="caption">`): kept as the source has
 * it, under a label that says what it is. The article check admits only
 * known kinds; the fallback keeps a page rendering regardless.
 */
const aside: Handler = (state, node: MdxJsxFlowElement): Element | ElementContent[] => {
  if (node.name !== asideElement) return state.all(node);
  const kindAttribute = node.attributes.find((attribute) => 'name' in attribute && attribute.name === 'kind');
  const kind = isAsideKind(kindAttribute?.value) ? kindAttribute.value : 'other';
  const label = asideLabels[kind];
  return {
    type: 'element',
    tagName: 'aside',
    properties: { className: ['source-aside'], dataKind: kind, ariaLabel: label },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['source-aside__label'] },
        children: [{ type: 'text', value: label }],
      },
      ...state.all(node),
    ],
  };
};

/**
 * A link: an article holds only the site's own (mentions, shared-passage
 * markers, whose addresses are made from slugs), the article check refusing
 * any other, so its address is written as it is and its attributes are not
 * copied (the library's own handler copies and normalises both for every
 * link: a tenth of the rendering).
 */
const link: Handler = (state, node: Link): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href: node.url, ...node.data?.hProperties },
  children: state.all(node),
});

/**
 * Raw HTML, which the article check refuses in an article: only the
 * placeholder at a sentence's end (`remark-sentence-ends.ts`), kept as the
 * comment it is.
 */
const html: Handler = (_state, node: Html) =>
  node.value === sentenceEndPlaceholder ? { type: 'comment', value: sentenceEndComment } : undefined;

/**
 * Renders an article's MDX body to HTML, once per build: parsed by Sätteri's
 * MDX parser (the compiler Astro uses), annotated by the project's remark
 * `transformers`, and written out as HTML. An article holds nothing but text
 * and known elements (the first transformer, the article check, refuses
 * anything else), so it needs no compiling into a module of code.
 *
 * `source` is the file's text with its frontmatter blanked out line for line,
 * so that an error names the right line. The tree has no positions, which
 * would cost half its memory; when a transformer refuses the article, they
 * run again on a tree with positions, so that the error names the line.
 */
export function articleHtml(
  source: string,
  {
    path,
    frontmatter,
    transformers,
  }: { path: string; frontmatter: Record<string, unknown>; transformers: Transformer[] },
): ArticleHtml {
  const transformed = (position: boolean) => {
    const tree: Root = parseArticle(source, { position });
    const file = new VFile({ path, cwd: process.cwd(), value: source });
    file.data.astro = { frontmatter };
    for (const transformer of transformers) transformer(tree, file);
    return { tree, file };
  };
  let result: ReturnType<typeof transformed>;
  try {
    result = transformed(false);
  } catch {
    result = transformed(true);
  }
  // Subheadings get the ids Astro's own processor gives them, so that a link to one keeps working.
  const slugger = new GithubSlugger();
  for (const block of result.tree.children)
    if (block.type === 'heading') block.data = { ...block.data, hProperties: { id: slugger.slug(toString(block)) } };
  const hast = toHast(result.tree, { handlers: { mdxJsxFlowElement: aside, link, html } });
  return { html: toHtml(hast), frontmatter: result.file.data.astro?.frontmatter ?? frontmatter, file: result.file };
}
