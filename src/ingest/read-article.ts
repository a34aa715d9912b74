import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type ArticleFrontmatter, articleSchema } from '../schemas/article.ts';
import { articleBodyProblems } from '../schemas/article-body.ts';
import type { Block } from './parse-source.ts';

/** An article file read back as the site reads it. */
export interface ReadArticle {
  frontmatter: ArticleFrontmatter;
  blocks: Block[];
}

/** The MDX parser that Astro's MDX integration uses, so verification sees what the site sees. */
const mdxProcessor = createProcessor({ format: 'mdx' });

/**
 * Reads an `.mdx` article with the site's own frontmatter and MDX parsers and
 * returns its blocks. Throws if the body holds anything an ingested article
 * may not (see `articleBodyProblems`, the rule the build enforces too, here
 * without editor marks, which ingest never writes).
 */
export function readArticle(mdx: string): ReadArticle {
  const { frontmatter, content } = parseFrontmatter(mdx);
  const tree = mdxProcessor.parse(content) as Root;
  const [problem] = articleBodyProblems(tree, { editorMarks: false });
  if (problem) throw new Error(`Unexpected ${problem.what} in the article body`);
  return { frontmatter: articleSchema.parse(frontmatter), blocks: tree.children.map(readBlock) };
}

/** A block of a body that passed the check: a paragraph, a subheading, or a promotion of one paragraph. */
function readBlock(node: RootContent): Block {
  if (node.type === 'heading') return { kind: 'subheading', text: toString(node) };
  if (node.type !== 'mdxJsxFlowElement') return { kind: 'paragraph', text: toString(node) };
  if (node.children.length !== 1) throw new Error('Unexpected <Promo> of more than one paragraph in the article body');
  return { kind: 'promotion', text: toString(node) };
}
