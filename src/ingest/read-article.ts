import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type ArticleFrontmatter, articleSchema } from '../schemas/article.ts';
import { articleBodyProblems, asideKindOf } from '../schemas/article-body.ts';
import { parseArticle } from '../remark/parse-article.ts';
import type { Block } from './parse-source.ts';

/** An article file read back as the site reads it. */
export interface ReadArticle {
  frontmatter: ArticleFrontmatter;
  blocks: Block[];
}

/**
 * Reads an `.mdx` article with the site's own frontmatter and MDX parsers and
 * returns its blocks. Throws if the body holds anything an ingested article
 * may not (see `articleBodyProblems`, the rule the build enforces too, here
 * without editor marks, which ingest never writes).
 */
export function readArticle(mdx: string): ReadArticle {
  const { frontmatter, content } = parseFrontmatter(mdx);
  return { frontmatter: articleSchema.parse(frontmatter), blocks: readBody(content, { editorMarks: false }) };
}

/**
 * The blocks of an article body (MDX without frontmatter), each `<Aside>`
 * paragraph a block of its own; with `editorMarks`, the text of the editor's
 * `<Mention>` and `<NotMention>` marks is read as plain text. Throws on
 * anything else `articleBodyProblems` refuses.
 */
export function readBody(content: string, options: { editorMarks: boolean }): Block[] {
  // The site's own MDX parser (Sätteri), so that verification sees what the site compiles.
  const tree = parseArticle(content);
  const [problem] = articleBodyProblems(tree, options);
  if (problem) throw new Error(`Unexpected ${problem.what} in the article body`);
  return tree.children.flatMap(readBlocks);
}

/** The blocks of a top-level node of a body that passed the check. */
function readBlocks(node: RootContent): Block[] {
  if (node.type === 'heading') return [{ kind: 'subheading', text: toString(node) }];
  const aside = asideKindOf(node);
  if (aside === undefined) return [{ kind: 'paragraph', text: toString(node) }];
  // An editor may wrap several paragraphs in one element; a one-line element holds text directly.
  const children = 'children' in node ? node.children : [];
  const paragraphs = children.every((child) => child.type === 'paragraph') ? children : [node];
  return paragraphs.map((paragraph) => ({ kind: 'aside', aside, text: toString(paragraph) }));
}
