import { describe, expect, it } from 'vitest';
import { prepareArticle } from './prepare-article.ts';
import { readArticle } from './read-article.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Paragraphs that MDX or Markdown would read as code or syntax if pasted in. */
const dangerous = [
  'import fs from "node:fs"; fs.rmSync("/")',
  'export const pwned = process.exit(1)',
  'A {process.exit(1)} expression and a lone } brace.',
  '<script>alert(1)</script> and <Promo>fake</Promo> and <!-- a comment -->',
  '# Not a heading, ## nor this',
  '* not a list item, **not bold**, _not emphasis_',
  '`not code` and ```not a fence```',
  '---',
  '+++',
  '> not a quote',
  '1. not an ordered list',
  '- not a bullet',
  '| not | a | table |',
  '[not a link](javascript:alert(1)) ![nor an image](x.png)',
  '&amp; &#123; &lt;b&gt; stay as typed',
  'back\\slashes \\* and \\{ stay',
  'tabs\tinside\tand  double  spaces',
  'https://example.com and <https://example.com>',
  '\u200Bzero-width, \u202Ertl override, e\u0301 combining, 🇽🇰 flags',
];

describe('prepareArticle', () => {
  it('should write every dangerous paragraph as plain text that reads back exactly', () => {
    const source = `A headline\n${dangerous.map((line) => `${line} end.`).join('\n')}\n`;
    const { mdx } = prepareArticle(bytes(source), 'dangerous.txt');
    const { blocks } = readArticle(mdx);
    expect(blocks.map((block) => block.text)).toEqual(dangerous.map((line) => `${line} end.`));
    expect(blocks.every((block) => block.kind === 'paragraph')).toBe(true);
  });

  it('should keep headings and paragraphs that are nothing but syntax as text', () => {
    for (const text of ['import x from "y"', 'export default 1', '{1 + 1}', '<div>', '---', '***']) {
      const { mdx } = prepareArticle(bytes(`First paragraph.\n${text}\nLast paragraph.`), 'syntax.txt');
      expect(readArticle(mdx).blocks.map((block) => block.text)).toContain(text);
    }
  });

  it('should write titles with YAML syntax in them exactly', () => {
    for (const title of ['Kosovo: a "frozen" conflict #1', '--- not frontmatter ---', "It's +++ 'quoted'"]) {
      const { mdx } = prepareArticle(bytes(`${title}\nThe text of the article.`), 'title.txt');
      expect(readArticle(mdx).frontmatter.title).toBe(title);
    }
  });
});
