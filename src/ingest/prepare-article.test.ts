import { describe, expect, it } from 'vitest';
import { prepareArticle } from './prepare-article.ts';
import { readArticle } from './read-article.ts';
import { SourceError } from './source-error.ts';
import { splitWords } from '../text/words.ts';

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
    // An opening paragraph, since a lower-case line under the headline would continue it.
    const source = `A headline\nOpening paragraph.\n${dangerous.map((line) => `${line} end.`).join('\n')}\n`;
    const { mdx } = prepareArticle(bytes(source), 'dangerous.txt');
    const { blocks } = readArticle(mdx);
    expect(blocks.map((block) => block.text)).toEqual([
      'Opening paragraph.',
      ...dangerous.map((line) => `${line} end.`),
    ]);
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

/**
 * Sources shaped like CommonMark block syntax (setext underlines, thematic
 * breaks, list markers, quotes, indented and fenced code, HTML blocks, link
 * reference definitions), many of them taken from the CommonMark spec examples.
 */
const commonMarkShaped = [
  '--\nHello world\n--\n',
  'Hello world\n--\nMore text.\n',
  'Title\n==\nText.\n',
  '****\n## foo\n****\n',
  'A\n***\nB.\n',
  'A.\n- - -\nB.\n',
  'A.\n+ item\nB.\n',
  'A.\n1) x\nB.\n',
  '> quote\n> more\n',
  '>\n> foo\n>  \n',
  'A.\n\n    indented code\n\nB.\n',
  '    ```\n    aaa\n    ```\n',
  '```\naaa\n~~~\n```\n',
  '~~~~\naaa\n~~~\n~~~~\n',
  '``\nfoo\nbar  \nbaz\n``\n',
  '> ```\nfoo\n```\n',
  'A.\n<div>\n*hello*\n</div>\nB.\n',
  '<!-- a comment -->\nText.\n',
  '[a]: b\n\nText.\n',
  'A.\n[foo]: /url "title"\n[foo]\n',
  '--\nRead more: elsewhere\n--\n',
];

describe('prepareArticle on CommonMark-shaped text', () => {
  it('should write every CommonMark-shaped source word for word, or refuse it with an editor-facing message', () => {
    for (const text of commonMarkShaped) {
      let prepared;
      try {
        prepared = prepareArticle(bytes(text), 'commonmark.txt');
      } catch (error) {
        expect(error, JSON.stringify(text)).toBeInstanceOf(SourceError);
        expect((error as Error).message, JSON.stringify(text)).not.toContain('please report');
        continue;
      }
      const { frontmatter, blocks } = readArticle(prepared.mdx);
      const written = [frontmatter.headline ? frontmatter.title : '', ...blocks.map((block) => block.text)];
      expect(splitWords(written.join(' ')), JSON.stringify(text)).toEqual(splitWords(text));
    }
  });

  it('should take the title from a subheading when no paragraph has words', () => {
    const { frontmatter } = prepareArticle(bytes('--\nHello world\n--\n'), 'dashes.txt');
    expect(frontmatter).toMatchObject({ title: 'Hello world', headline: false, words: 2 });
  });

  it('should refuse a source whose only words are in promotional lines', () => {
    expect(() => prepareArticle(bytes('--\nRead more: elsewhere\n--\n'), 'promo.txt')).toThrow(
      'the file has no article text, only punctuation and page furniture',
    );
  });

  it('should carry the editor’s marks from the article it replaces', () => {
    const source = bytes(
      'Troops gather at the border\nSoldiers wait at the crossing.\nShare\nThe talks resume on Monday.\n',
    );
    const first = prepareArticle(source, 'border.txt').mdx;
    expect(first).toContain('<Aside kind="share">');
    const edited = first
      .replace('<Aside kind="share">\n  Share\n</Aside>', 'Share')
      .replace('Soldiers wait at the crossing.', '<Aside kind="caption">Soldiers wait at the crossing.</Aside>');
    const { mdx } = prepareArticle(source, 'border.txt', { oldMdx: edited });
    expect(readArticle(mdx).blocks).toEqual([
      { kind: 'aside', aside: 'caption', text: 'Soldiers wait at the crossing.' },
      { kind: 'paragraph', text: 'Share' },
      { kind: 'paragraph', text: 'The talks resume on Monday.' },
    ]);
  });

  it('should take a date marker to the month or the year, and keep it out of the title and the text', () => {
    for (const [marker, date] of [
      ['2023-09', '2023-09'],
      ['2023', '2023'],
    ]) {
      const { frontmatter, mdx } = prepareArticle(
        new TextEncoder().encode(` date ${marker} NATO sends more troops to Kosovo. KFOR grows.\n`),
        'a.txt',
      );
      expect(frontmatter).toMatchObject({ date, title: 'NATO sends more troops to Kosovo.' });
      expect(mdx.slice(mdx.indexOf('---', 4))).not.toContain(marker);
    }
  });

  it('should read a numeric date day first in a text of a language that writes it so, and not guess in English', () => {
    const french =
      'Le Kosovo lève son embargo\n\n02/10/2023 - 16:05\n\nLe gouvernement du Kosovo a annoncé lundi la levée ' +
      "de l'embargo sur les marchandises serbes, en vigueur depuis quatre mois, après une médiation de l'Union " +
      'européenne à Bruxelles. Les camions ont recommencé à passer la frontière dans la soirée.\n';
    expect(prepareArticle(bytes(french), 'fr.txt').frontmatter).toMatchObject({ lang: 'fr', date: '2023-10-02' });
    const english =
      'Kosovo lifts its embargo\n\nPublished 10/03/2023 4:05 PM EDT\n\nThe government of Kosovo said on Tuesday ' +
      'that it had lifted its four-month embargo on Serbian goods after talks mediated by the European Union in ' +
      'Brussels. Trucks began crossing the border in the evening.\n';
    expect(prepareArticle(bytes(english), 'en.txt').frontmatter).toMatchObject({ lang: 'en', date: '2023' });
  });
});
