import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readBody } from '../ingest/read-article.ts';
import { frontmatterDate } from '../schemas/dates.ts';
import { articleId } from './article-files.ts';

/** One block of an article as discovery reads it. */
export interface TextBlock {
  /** `text` for paragraphs and subheadings; `credit` for bylines, captions and agency notes, which name journalists. */
  kind: 'text' | 'credit';
  text: string;
}

/** An article's text, split into what discovery reads. */
export interface ArticleText {
  /** The article's id: its file name without `.mdx`. */
  id: string;
  /** Its language tag from the frontmatter; absent when not stated. */
  lang?: string;
  /** Its date from the frontmatter (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); absent when undated. */
  date?: string;
  blocks: TextBlock[];
}

/** Page furniture that names the journalists and photographers of a report. */
const creditKinds: ReadonlySet<string> = new Set(['byline', 'caption', 'agency-note']);

/**
 * Reads an article's `.mdx` text with the site's own frontmatter and MDX
 * parsers: paragraphs and subheadings are its text; of the `<Aside>` page
 * furniture, which is not, only bylines, captions and agency notes are kept,
 * as credits. The editor's `<Mention>` marks are read as plain text. Throws
 * on a body the site would refuse.
 */
export function readArticleText(file: string, mdx: string): ArticleText {
  const { frontmatter, content } = parseFrontmatter(mdx);
  const blocks: TextBlock[] = [];
  for (const block of readBody(content, { editorMarks: true })) {
    if (block.kind !== 'aside') blocks.push({ kind: 'text', text: block.text });
    else if (creditKinds.has(block.aside)) blocks.push({ kind: 'credit', text: block.text });
  }
  const lang = typeof frontmatter.lang === 'string' ? frontmatter.lang : undefined;
  const date = frontmatterDate(frontmatter.date);
  return {
    id: articleId(file),
    ...(lang === undefined ? {} : { lang }),
    ...(date === undefined ? {} : { date }),
    blocks,
  };
}
