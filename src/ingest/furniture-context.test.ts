import { describe, expect, it } from 'vitest';
import { markContextFurniture } from './furniture-context.ts';
import type { Block } from './parse-source.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'subheading', text });
const kinds = (blocks: Block[]) => blocks.map((block) => (block.kind === 'aside' ? block.aside : block.kind));

describe('markContextFurniture', () => {
  it.each<[string, Block[], string[]]>([
    [
      'three title-like lines between paragraphs',
      [p('A.'), h('X'), h('Y'), h('Z'), p('B.')],
      ['paragraph', 'related', 'related', 'related', 'paragraph'],
    ],
    [
      'two, the last heading the text below',
      [p('A.'), h('X'), h('Y'), p('B.')],
      ['paragraph', 'related', 'subheading', 'paragraph'],
    ],
    ['one subheading', [p('A.'), h('X'), p('B.')], ['paragraph', 'subheading', 'paragraph']],
    [
      'a run after a promotion heading',
      [p('A.'), { kind: 'aside', aside: 'promotion', text: 'Most read' }, h('X'), p('Y')],
      ['paragraph', 'promotion', 'related', 'related'],
    ],
    ['a run ending the article', [p('A.'), h('X'), p('Y')], ['paragraph', 'related', 'related']],
    [
      'a list of stories after a promotion heading that ends in a question',
      [p('A.'), { kind: 'aside', aside: 'promotion', text: 'More on this story' }, h('X'), p('Who is Y?')],
      ['paragraph', 'promotion', 'related', 'related'],
    ],
    [
      'a list of stories after a promotion heading whose first ends in an abbreviation’s full stop',
      [
        p('A.'),
        { kind: 'aside', aside: 'promotion', text: 'Read more:' },
        p('Serbia pulls back troops from the border, says U.S.'),
        h('NATO sends more troops to Kosovo'),
        h('EU envoy returns to Belgrade'),
        p('The ban was introduced in June after three police officers were detained near the border.'),
      ],
      ['paragraph', 'promotion', 'related', 'related', 'related', 'paragraph'],
    ],
    [
      'a list of stories after a promotion heading with a full stop in the middle',
      [
        p('A.'),
        { kind: 'aside', aside: 'promotion', text: 'Related coverage' },
        h('Kurti meets the EU envoy'),
        p('Belgrade recalls its ambassador.'),
        h('Trucks wait at Jarinje'),
        p('B, the ministry said on Tuesday after a long meeting in the capital.'),
      ],
      ['paragraph', 'promotion', 'related', 'related', 'related', 'paragraph'],
    ],
    [
      'a sentence of the article alone after a promotion heading',
      [
        p('A.'),
        { kind: 'aside', aside: 'promotion', text: 'Read more' },
        p('Kurti said the talks had failed.'),
        p('B.'),
      ],
      ['paragraph', 'promotion', 'paragraph', 'paragraph'],
    ],
    [
      'a last question of the article',
      [p('A.'), h('X'), p('B.'), p('Who is Y?')],
      ['paragraph', 'subheading', 'paragraph', 'paragraph'],
    ],
    ['a short last line alone', [p('A.'), p('The end of it')], ['paragraph', 'paragraph']],
    [
      'a line after a gallery counter',
      [p('A.'), { kind: 'aside', aside: 'gallery', text: '1/3' }, h('Drivers wait'), p('B.')],
      ['paragraph', 'gallery', 'caption', 'paragraph'],
    ],
    [
      'a role under a byline',
      [{ kind: 'aside', aside: 'byline', text: 'By Jane Roe' }, h('BBC Balkans correspondent'), p('A.')],
      ['byline', 'byline', 'paragraph'],
    ],
    [
      "a time stamp's label above it",
      [p('A.'), h('Published'), { kind: 'aside', aside: 'timestamp', text: '2 October 2023' }, p('B.')],
      ['paragraph', 'timestamp', 'timestamp', 'paragraph'],
    ],
    [
      "a role and a time stamp's label under a byline",
      [
        { kind: 'aside', aside: 'byline', text: 'By Jane Roe' },
        h('Balkans correspondent'),
        h('Published'),
        { kind: 'aside', aside: 'timestamp', text: '2 October 2023' },
        p('A.'),
      ],
      ['byline', 'byline', 'timestamp', 'timestamp', 'paragraph'],
    ],
    [
      'a role and where from under a byline',
      [{ kind: 'aside', aside: 'byline', text: 'Piše: Ana Anić' }, h('Dopisnik iz Prištine'), p('A.')],
      ['byline', 'byline', 'paragraph'],
    ],
    [
      'a subheading under a byline that names a role but is none',
      [{ kind: 'aside', aside: 'byline', text: 'By Jane Roe' }, h('Reporter attacked in Zvečan'), p('A.')],
      ['byline', 'subheading', 'paragraph'],
    ],
    [
      "related headlines ending the article before a time stamp's label",
      [p('A.'), h('X'), h('Y'), h('Updated'), { kind: 'aside', aside: 'timestamp', text: '2 October 2023' }],
      ['paragraph', 'related', 'related', 'timestamp', 'timestamp'],
    ],
    [
      'a subheading under a byline that names no role',
      [{ kind: 'aside', aside: 'byline', text: 'By Jane Roe' }, h('What happened in Banjska'), p('A.')],
      ['byline', 'subheading', 'paragraph'],
    ],
  ])('should mark %s', (_, blocks, expected) => {
    expect(kinds(markContextFurniture(blocks))).toEqual(expected);
  });

  it('should keep the line under the headline, its standfirst, out of a run of related headlines', () => {
    const blocks = [h('Belgrade says the deployment is routine'), h('Jane Roe reports'), p('A.')];
    expect(kinds(markContextFurniture(blocks, true))).toEqual(['subheading', 'subheading', 'paragraph']);
    expect(kinds(markContextFurniture(blocks))).toEqual(['related', 'subheading', 'paragraph']);
  });
});
