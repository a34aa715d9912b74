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
