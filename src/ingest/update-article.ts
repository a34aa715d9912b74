import { parseFrontmatter } from '@astrojs/markdown-remark';
import { type ArticleFrontmatter, type EditorMetadata, articleSchema } from '../schemas/article.ts';
import { describeIssue } from '../schemas/format-issues.ts';
import { splitFrontmatter } from '../text/frontmatter-split.ts';
import { frontmatterBlock } from './frontmatter-block.ts';
import { SourceError } from './source-error.ts';

/**
 * An article file with its metadata changed and its body, hand edits
 * included, kept byte for byte. A title that is the source's own headline is
 * source text and cannot be replaced here (`giveTitle` moves it into the
 * body); a derived title can. Throws a {@link SourceError} saying what to fix.
 */
export function updateArticleMetadata(
  mdx: string,
  changes: EditorMetadata,
): { mdx: string; frontmatter: ArticleFrontmatter } {
  const current = readArticleParts(mdx);
  if (changes.title !== undefined && current.frontmatter.headline && changes.title !== current.frontmatter.title) {
    throw new SourceError(
      'its title is the source’s own headline, part of the text, and cannot be replaced; leave out --title',
    );
  }
  return withFrontmatter(current.body, { ...current.frontmatter, ...changes });
}

/**
 * An article file's frontmatter, validated with the site's schema, and its
 * body byte for byte. Throws a {@link SourceError} saying what to fix.
 */
export function readArticleParts(mdx: string): { frontmatter: ArticleFrontmatter; body: string } {
  const parts = splitFrontmatter(mdx);
  if (!parts) throw new SourceError('the article has no frontmatter block at its top; restore it from version control');
  const current = articleSchema.safeParse(parseFrontmatter(parts.block).frontmatter);
  if (!current.success) {
    throw new SourceError(
      `the article's frontmatter has ${current.error.issues.map(describeIssue).join('; ')}; fix it first`,
    );
  }
  return { frontmatter: current.data, body: parts.body };
}

/** An article file of this body under new frontmatter, validated with the site's schema. */
export function withFrontmatter(body: string, frontmatter: unknown): { mdx: string; frontmatter: ArticleFrontmatter } {
  const next = articleSchema.safeParse(frontmatter);
  if (!next.success) throw new SourceError(`the new metadata has ${next.error.issues.map(describeIssue).join('; ')}`);
  return { mdx: `${frontmatterBlock(next.data)}${body}`, frontmatter: next.data };
}
