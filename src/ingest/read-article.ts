import { parseFrontmatter } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type ArticleFrontmatter, articleSchema } from '../schemas/article.ts';
import { promotionElement } from './build-article.ts';
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
 * may not: JavaScript (ESM, expressions), raw HTML, JSX other than the bare
 * promotion element, or Markdown beyond paragraphs and level-2 subheadings of
 * plain text.
 */
export function readArticle(mdx: string): ReadArticle {
  const { frontmatter, content } = parseFrontmatter(mdx);
  const tree = mdxProcessor.parse(content) as Root;
  return { frontmatter: articleSchema.parse(frontmatter), blocks: tree.children.map(readBlock) };
}

function readBlock(node: RootContent): Block {
  if (node.type === 'paragraph') return { kind: 'paragraph', text: plainText(node) };
  if (node.type === 'heading' && node.depth === 2) return { kind: 'subheading', text: plainText(node) };
  if (
    node.type === 'mdxJsxFlowElement' &&
    node.name === promotionElement &&
    node.attributes.length === 0 &&
    node.children.length === 1 &&
    node.children[0]?.type === 'paragraph'
  ) {
    return { kind: 'promotion', text: plainText(node.children[0]) };
  }
  throw new Error(`Unexpected ${describe(node)} in the article body`);
}

/** The text of a node whose children must all be plain text. */
function plainText(node: Extract<RootContent, { children: unknown }>): string {
  for (const child of node.children) {
    if (child.type !== 'text') throw new Error(`Unexpected ${describe(child)} inside a ${node.type}`);
  }
  return toString(node);
}

function describe(node: RootContent): string {
  return 'name' in node && node.name ? `${node.type} <${node.name}>` : `${node.type} node`;
}
