import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { articleBodyProblems, asideKindOf, asideKinds } from './article-body.ts';

const parse = (mdx: string) => createProcessor({ format: 'mdx' }).parse(mdx) as Root;
const problems = (mdx: string, editorMarks = true) =>
  articleBodyProblems(parse(mdx), { editorMarks }).map((problem) => problem.what);

describe('articleBodyProblems', () => {
  it('should pass an <Aside> of every kind, on lines of its own or on one line', () => {
    for (const kind of asideKinds) {
      expect(problems(`<Aside kind="${kind}">\n  A line.\n</Aside>`), kind).toEqual([]);
      expect(problems(`<Aside kind="${kind}">A line.</Aside>`), kind).toEqual([]);
    }
  });

  it('should pass the editor’s marks inside an <Aside> only when editor marks are allowed', () => {
    const mdx = '<Aside kind="caption">\n  Photo: <Mention of="kfor">KFOR</Mention> troops.\n</Aside>';
    expect(problems(mdx)).toEqual([]);
    expect(problems(mdx, false)).toHaveLength(1);
  });

  it('should refuse an <Aside> without exactly one known kind, and anything but paragraphs in it', () => {
    const table: [string, string][] = [
      ['<Aside>\n  Text.\n</Aside>', '<Aside> without one kind'],
      ['<Aside kind="Caption">\n  Text.\n</Aside>', '<Aside> without one kind'],
      ['<Aside kind="caption" kind="byline">\n  Text.\n</Aside>', '<Aside> without one kind'],
      ['<Aside kind={"caption"}>\n  Text.\n</Aside>', '<Aside> without one kind'],
      ['<Aside {...props} kind="caption">\n  Text.\n</Aside>', '<Aside> without one kind'],
      ['Before <Aside kind="caption">Text.</Aside>', '<Aside> without one kind'],
      ['<Aside kind="caption">\n  ## A heading\n</Aside>', 'level-2 heading'],
      [
        '<Aside kind="caption">\n  <Aside kind="byline">\n    Text.\n  </Aside>\n</Aside>',
        'in another place than ingest writes it',
      ],
      ['<Aside kind="caption">\n  {1 + 1}\n</Aside>', '{…} expression'],
      ['<Promo>\n  Read next: …\n</Promo>', 'element <Promo>'],
    ];
    for (const [mdx, what] of table) {
      const [first] = problems(mdx);
      expect(first, mdx).toContain(what);
    }
  });
});

describe('asideKindOf', () => {
  it('should read the kind of a valid <Aside>, and nothing from other nodes', () => {
    const [flow, oneLine, paragraph, bad] = parse(
      '<Aside kind="byline">\n  By Jane Doe\n</Aside>\n\n<Aside kind="share">Share</Aside>\n\nText.\n\n<Aside kind="x">\n  y\n</Aside>',
    ).children;
    expect([flow, oneLine, paragraph, bad].map((node) => node && asideKindOf(node))).toEqual([
      'byline',
      'share',
      undefined,
      undefined,
    ]);
  });
});
