import { describe, expect, it } from 'vitest';
import { countWords } from '../text/words.ts';
import { parseSource } from './parse-source.ts';
import { maxSourceBlocks } from './limits.ts';

describe('parseSource', () => {
  it('should read a leading date marker that runs into the first paragraph', () => {
    const parsed = parseSource(' date 2023-11-06 Recent events in Kosovo.\n\nSecond paragraph.\n');
    expect(parsed).toEqual({
      date: '2023-11-06',
      blocks: [
        { kind: 'paragraph', text: 'Recent events in Kosovo.' },
        { kind: 'paragraph', text: 'Second paragraph.' },
      ],
    });
  });

  it('should never invent a date', () => {
    expect(parseSource('Just text.').date).toBeUndefined();
    expect(parseSource('The date 2023-11-06 is in the text.').date).toBeUndefined();
  });

  it('should refuse an impossible date and say how to write one', () => {
    expect(() => parseSource(' date 2023-02-30 Text.')).toThrow(
      'line 1: the date marker holds "2023-02-30", which is not a real date; write it as YYYY-MM-DD',
    );
    expect(() => parseSource('date 2023-13-01 Text.')).toThrow('not a real date');
    expect(() => parseSource('date 2023-1-5 Text.')).toThrow('not a real date');
  });

  it('should refuse a date marker with no text after it', () => {
    expect(() => parseSource(' date 2023-11-06 \n\n  ')).toThrow('the date marker is not followed by any text');
  });

  it('should take a short first line without closing punctuation for the headline', () => {
    const parsed = parseSource(
      'US monitors large Serbian force along Kosovo border: White House\nThe White House said so.\n',
    );
    expect(parsed.headline).toBe('US monitors large Serbian force along Kosovo border: White House');
    expect(parsed.blocks).toEqual([{ kind: 'paragraph', text: 'The White House said so.' }]);
  });

  it('should take neither a skip link, a breadcrumb nor a section’s name above the headline for it', () => {
    const skipped = parseSource(
      'Skip to main content\n\nWorld\nKosovo reopens the Jarinje crossing after talks\n\nPolice said the crossing reopened at noon.\n',
    );
    expect(skipped.headline).toBe('Kosovo reopens the Jarinje crossing after talks');
    expect(skipped.blocks.slice(0, 2)).toEqual([
      { kind: 'aside', aside: 'other', text: 'Skip to main content' },
      { kind: 'aside', aside: 'other', text: 'World' },
    ]);
    const crumbs = parseSource(
      'Accueil > International > Europe\n\nLe poste de Jarinje rouvre\n\nLa police l’a annoncé.\n',
    );
    expect(crumbs.headline).toBe('Le poste de Jarinje rouvre');
    expect(crumbs.blocks[0]).toEqual({ kind: 'aside', aside: 'other', text: 'Accueil > International > Europe' });
    // A short headline over a paragraph is still the headline, and over a standfirst too.
    expect(parseSource('Kosovo votes\n\nTurnout was low in the north.\n').headline).toBe('Kosovo votes');
    expect(
      parseSource('Kosovo on edge\n\nSerbia’s build-up near the border alarms NATO\n\nTroops massed on Friday.\n')
        .headline,
    ).toBe('Kosovo on edge');
  });

  it('should not take a first paragraph that ends a sentence for a headline', () => {
    expect(parseSource('First sentence.\nSecond one.').headline).toBeUndefined();
  });

  it('should never take a line without words for a headline or subheading', () => {
    expect(parseSource('---\ntitle: x\n---\nText.')).toEqual({
      blocks: [
        { kind: 'paragraph', text: '---' },
        { kind: 'subheading', text: 'title: x' },
        { kind: 'paragraph', text: '---' },
        { kind: 'paragraph', text: 'Text.' },
      ],
    });
  });

  it('should split paragraphs at single line breaks when lines are long', () => {
    const long = 'word '.repeat(30).trim();
    const parsed = parseSource(`${long}.\n${long}.\n\n${long}.`);
    expect(parsed.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('should join the lines of a hard-wrapped file into paragraphs, keeping a short heading apart', () => {
    const parsed = parseSource(
      [
        'The bigger picture',
        'Kosovo declared independence in 2008, but Serbia has not recognised',
        'it and still considers Kosovo its southern province.',
        '',
        'Efforts to broker a lasting peace between Kosovo and Serbia have',
        'been ongoing for years, led by the EU and the United States.',
      ].join('\n'),
    );
    expect(parsed.headline).toBe('The bigger picture');
    expect(parsed.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Kosovo declared independence in 2008, but Serbia has not recognised it and still considers Kosovo its southern province.',
      },
      {
        kind: 'paragraph',
        text: 'Efforts to broker a lasting peace between Kosovo and Serbia have been ongoing for years, led by the EU and the United States.',
      },
    ]);
  });

  it('should mark short lines without closing punctuation as subheadings', () => {
    const parsed = parseSource('Opening paragraph.\nThe bigger picture\nMore text follows.');
    expect(parsed.blocks).toEqual([
      { kind: 'paragraph', text: 'Opening paragraph.' },
      { kind: 'subheading', text: 'The bigger picture' },
      { kind: 'paragraph', text: 'More text follows.' },
    ]);
  });

  it('should read a short line ending in a quotation, in any language’s marks, as a paragraph', () => {
    const lines = [
      'Portparol je rekao: „Bez komentara za sada.“',
      'Der Sprecher sagte: »Kein Kommentar.«',
      'The spokesman said: "No comment."',
      'Il a dit : « Pas de commentaire. »',
    ];
    const parsed = parseSource(['Opening paragraph.', ...lines, 'More text follows.'].join('\n'));
    expect(parsed.blocks.map((block) => block.kind)).toEqual(Array(lines.length + 2).fill('paragraph'));
  });

  it('should keep a short last line as a paragraph', () => {
    expect(parseSource('Opening paragraph.\nThe end of it').blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'The end of it',
    });
  });

  it('should mark promotional lines, and keep their text', () => {
    const parsed = parseSource(
      'Text.\nRead next: Serbia suffers millions in losses\nMore text.\nSee also: another story.',
    );
    expect(parsed.blocks.filter((block) => block.kind === 'aside').map((block) => block.text)).toEqual([
      'Read next: Serbia suffers millions in losses',
      'See also: another story.',
    ]);
  });

  it('should never take furniture for the headline, and say where the headline stood', () => {
    expect(parseSource('Site.com - News for all\nSubscribe\nTroops gather at the border\nBy Jane Doe\nText.')).toEqual({
      headline: 'Troops gather at the border',
      headlineIndex: 2,
      blocks: [
        { kind: 'aside', aside: 'banner', text: 'Site.com - News for all' },
        { kind: 'aside', aside: 'subscription', text: 'Subscribe' },
        { kind: 'aside', aside: 'byline', text: 'By Jane Doe' },
        { kind: 'paragraph', text: 'Text.' },
      ],
    });
  });

  it('should join a sentence broken by a line break, but not a furniture line or a finished sentence', () => {
    expect(
      parseSource('First.\nThe mission said the troops would\narrive within days.\nShare\nnext one.').blocks,
    ).toEqual([
      { kind: 'paragraph', text: 'First.' },
      { kind: 'paragraph', text: 'The mission said the troops would arrive within days.' },
      { kind: 'aside', aside: 'share', text: 'Share' },
      { kind: 'paragraph', text: 'next one.' },
    ]);
  });

  it('should refuse a file of frontmatter-like dashes and other punctuation alone', () => {
    for (const text of ['---\n---\n', '---\n\n---\n', '+++\n\n***\n', '— … —']) {
      expect(() => parseSource(text), JSON.stringify(text)).toThrow(
        'the file has no words, only punctuation (such as frontmatter-like --- lines); put the article text in it',
      );
    }
  });

  it('should refuse a source with more blocks than the limit, even one of a million lines', () => {
    expect(() => parseSource('a.\n'.repeat(maxSourceBlocks + 1))).toThrow(
      'the file has 10,001 paragraphs, headings and other blocks, more than the 10,000 a source may have; split it into smaller sources and ingest each',
    );
    // More lines than a function call takes arguments.
    expect(() => parseSource('a.\n'.repeat(1_000_000))).toThrow('more than the 10,000 a source may have');
    expect(parseSource('a.\n'.repeat(maxSourceBlocks)).blocks).toHaveLength(maxSourceBlocks);
  });

  it('should refuse a file with no paragraph of text', () => {
    expect(() => parseSource('Read more: elsewhere')).toThrow('no paragraph of article text');
  });
});

describe('countWords', () => {
  it('should count whitespace-separated words', () => {
    expect(countWords('  NATO’s Kosovo Force (KFOR) —  ok ')).toBe(5);
    expect(countWords('3:00 AM (01:00 GMT)')).toBe(4);
    expect(countWords(' ')).toBe(0);
  });
});
