import { stringify } from 'yaml';
import type { ArticleFrontmatter } from '../schemas/article.ts';

/**
 * An article's frontmatter as written at the top of its `.mdx` file, `---`
 * lines included, by the YAML library: strings quoted, so that no title reads
 * back as a date or a number, and never folded over two lines.
 */
export function frontmatterBlock(frontmatter: ArticleFrontmatter): string {
  return `---\n${stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n`;
}

/**
 * Splits an article file into its frontmatter block and its body, byte for
 * byte, or returns undefined if it does not start with a frontmatter block.
 */
export function splitFrontmatter(mdx: string): { block: string; body: string } | undefined {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(mdx);
  return match ? { block: match[0], body: mdx.slice(match[0].length) } : undefined;
}
