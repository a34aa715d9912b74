import { parseFrontmatter } from '@astrojs/markdown-remark';
import { type ArticleFrontmatter, type EditorMetadata, articleSchema } from '../schemas/article.ts';
import { describeIssue } from '../schemas/format-issues.ts';
import { splitFrontmatter } from '../text/frontmatter-split.ts';
import { frontmatterBlock } from './frontmatter-block.ts';
import { SourceError } from './source-error.ts';

/**
 * An article file with its metadata changed and its body, hand edits
 * included, kept byte for byte. A title that is the source's own headline is
 * source text and cannot be replaced; a derived title can. Throws a
 * {@link SourceError} saying what to fix.
 */
export function updateArticleMetadata(
  mdx: string,
  changes: EditorMetadata,
): { mdx: string; frontmatter: ArticleFrontmatter } {
  const parts = splitFrontmatter(mdx);
  if (!parts) throw new SourceError('the article has no frontmatter block at its top; restore it from version control');
  const current = articleSchema.safeParse(parseFrontmatter(parts.block).frontmatter);
  if (!current.success) {
    throw new SourceError(
      `the article's frontmatter has ${current.error.issues.map(describeIssue).join('; ')}; fix it first`,
    );
  }
  if (changes.title !== undefined && current.data.headline && changes.title !== current.data.title) {
    throw new SourceError(
      'its title is the source’s own headline, part of the text, and cannot be replaced; leave out --title',
    );
  }
  const next = articleSchema.safeParse({ ...current.data, ...changes });
  if (!next.success) throw new SourceError(`the new metadata has ${next.error.issues.map(describeIssue).join('; ')}`);
  return { mdx: `${frontmatterBlock(next.data)}${parts.body}`, frontmatter: next.data };
}
