import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkSafeArticle from './remark-safe-article.ts';

/** Runs the check on an article's MDX; returns the failure's `line: message`, or '' when it passes. */
async function check(mdx: string): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkSafeArticle);
  const file = new VFile({ value: mdx, path: 'content/articles/a.mdx' });
  try {
    await processor.run(processor.parse(file), file);
    return '';
  } catch (error) {
    const { line, reason } = error as { line?: number; reason: string };
    return `${line}: ${reason}`;
  }
}

describe('remarkSafeArticle', () => {
  it('should pass what ingest writes and the editor’s marks', async () => {
    const article = [
      '## A subheading',
      'Plain text with \\{braces\\} and \\<tags> escaped, as ingest writes them.',
      '<Aside kind="promotion">\n  Read next: another story\n</Aside>',
      '<Aside kind="caption">Photo: Reuters/Jane Doe</Aside>',
      '<Aside kind="other">\n  An editor set apart two paragraphs.\n\n  The second one.\n</Aside>',
      'Blinken called <Mention of="aleksandar-vucic">Serbia’s president</Mention>; <NotMention>Kosovo</NotMention> cheese.',
    ].join('\n\n');
    expect(await check(article)).toBe('');
  });

  it('should refuse, with its line, everything a hand edit could run as code or add as markup', async () => {
    const table: [string, string][] = [
      ['export const x = process.exit(1)', 'import or export statement'],
      ['import fs from "node:fs"', 'import or export statement'],
      ['Text {console.log(1)} here.', '{…} expression'],
      ['{globalThis.process.exit(1)}', '{…} expression'],
      ['<script>alert(1)</script>', 'element <script>'],
      ['Text <img src="x" onError={alert} /> here.', 'element <img>'],
      ['Text <Mention of={evil()}>NATO</Mention>.', '<Mention> with other attributes'],
      ['Text <Mention of="nato" onClick="x">NATO</Mention>.', '<Mention> with other attributes'],
      ['<Aside kind="promotion" data-x="1">\n  Read next\n</Aside>', '<Aside> without one kind'],
      ['<Aside>\n  Read next\n</Aside>', '<Aside> without one kind'],
      ['<Aside kind="sidebar">\n  Read next\n</Aside>', '<Aside> without one kind'],
      ['<Aside kind={"caption"}>\n  Photo\n</Aside>', '<Aside> without one kind'],
      ['Text <Aside kind="caption">Photo</Aside> inline.', '<Aside> without one kind'],
      ['<Aside kind="caption">Photo</Aside> and more.', '<Aside> without one kind'],
      ['<Promo>\n  Read next\n</Promo>', 'element <Promo>'],
      ['# A level-1 heading', 'level-1 heading'],
      ['A [link](javascript:alert(1)).', 'Markdown link'],
      ['![x](https://example.org/x.png)', 'Markdown image'],
      ['- a list', 'Markdown list'],
      ['Some *emphasis*.', 'Markdown emphasis'],
    ];
    for (const [mdx, what] of table) {
      const failure = await check(`First paragraph.\n\n${mdx}\n`);
      expect(failure, mdx).toMatch(
        new RegExp(`^3: content/articles/a.mdx:3: unexpected ${what.replace(/[{}…<>]/g, '.')}`),
      );
      expect(failure, mdx).toContain('remove it, or re-ingest the source with --force');
    }
  });
});
