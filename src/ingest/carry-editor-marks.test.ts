import { describe, expect, it } from 'vitest';
import { carryEditorMarks } from './carry-editor-marks.ts';
import type { Block } from './parse-source.ts';

const article = (body: string) => `---\ntitle: "A title"\nheadline: true\nsource: a.txt\nwords: 9\n---\n\n${body}`;

describe('carryEditorMarks', () => {
  it('should set apart a paragraph the editor wrapped, with the kind the editor gave', () => {
    const old = article('First paragraph.\n\n<Aside kind="caption">\n  Soldiers at the border crossing.\n</Aside>\n');
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'paragraph', text: 'Soldiers at the border crossing.' },
    ];
    expect(carryEditorMarks(old, blocks)).toEqual([
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'aside', aside: 'caption', text: 'Soldiers at the border crossing.' },
    ]);
  });

  it('should keep as text a line the editor unwrapped, and a kind the editor changed', () => {
    const old = article('## Share\n\n<Aside kind="byline">Reuters</Aside>\n\nText follows.\n');
    const blocks: Block[] = [
      { kind: 'aside', aside: 'share', text: 'Share' },
      { kind: 'aside', aside: 'share', text: 'Reuters' },
      { kind: 'paragraph', text: 'Text follows.' },
    ];
    expect(carryEditorMarks(old, blocks)).toEqual([
      { kind: 'subheading', text: 'Share' },
      { kind: 'aside', aside: 'byline', text: 'Reuters' },
      { kind: 'paragraph', text: 'Text follows.' },
    ]);
  });

  it('should read text inside the editor’s mention marks, and pair repeated texts one to one', () => {
    const old = article(
      '<Aside kind="other">\n  <Mention of="kfor">KFOR</Mention> said so.\n</Aside>\n\nKFOR said so.\n\nNew words.\n',
    );
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'KFOR said so.' },
      { kind: 'paragraph', text: 'KFOR said so.' },
      { kind: 'paragraph', text: 'KFOR said so.' },
    ];
    expect(carryEditorMarks(old, blocks).map((block) => block.kind)).toEqual(['aside', 'paragraph', 'paragraph']);
  });

  it('should leave the new blocks as they are when the old article holds what the build refuses', () => {
    const blocks: Block[] = [{ kind: 'aside', aside: 'share', text: 'Share' }];
    for (const body of ['export const x = 1\n\nShare\n', '<Aside kind="nope">\n  Share\n</Aside>\n']) {
      expect(carryEditorMarks(article(body), blocks), body).toEqual(blocks);
    }
  });
});
