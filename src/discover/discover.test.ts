import { describe, expect, it } from 'vitest';
import { testEntry } from '../glossary/test-entry.ts';
import type { ArticleText } from './article-text.ts';
import { glossaryCoverage } from './coverage.ts';
import { discoverCandidates } from './discover.ts';

/** A glossary entry with only what coverage reads. */
const entry = (id: string, name: string, aliases: string[] = []) => testEntry(id, name, { aliases });

const glossary = [
  entry('erik-lindqvist', 'Erik Lindqvist', ['Lindqvist']),
  entry('nordic-council', 'Nordic Defence Council'),
];
const covered = glossaryCoverage(glossary);

function article(id: string, ...paragraphs: string[]): ArticleText {
  return { id, lang: 'en', blocks: paragraphs.map((text) => ({ kind: 'text', text })) };
}

/** Report-shaped texts written for these tests; every name in them is invented. */
const reports = [
  article(
    'border-clash',
    "The region's interior minister Arben Dushku said on Tuesday that police had detained two men near Donje Selo.",
    'Dushku told reporters the men had crossed the line at night. The Balkan Rule of Law Office (BRLO) said it was following the case.',
    'Erik Lindqvist, the envoy, urged calm.',
  ),
  article(
    'briefing',
    'Foreign Ministry spokeswoman Mira Lukić told a briefing that Gen. Ivo Marković had been recalled.',
    'Mr. Markovic declined to comment. Lukić said the BRLO had not been informed.',
  ),
  article(
    'council',
    'The Nordic Defence Council met in Oslo. The Adriatic Border Council said Lindqvist would attend.',
  ),
];

describe('discoverCandidates', () => {
  const candidates = discoverCandidates(reports, { covered });
  const byName = new Map(candidates.map((candidate) => [candidate.name, candidate]));

  it('should find exactly the invented people and bodies no entry covers', () => {
    expect([...byName.keys()].sort()).toEqual(
      [
        'Adriatic Border Council',
        'Arben Dushku',
        'Balkan Rule of Law Office',
        'Foreign Ministry',
        'Ivo Marković',
        'Mira Lukić',
      ].sort(),
    );
  });

  it.each([
    ['should group a surname used alone after the full name', 'Arben Dushku', ['Dushku'], 2],
    ['should group a spelling without diacritics and a titled surname', 'Ivo Marković', ['Markovic'], 2],
    ['should group an acronym with its expansion across articles', 'Balkan Rule of Law Office', ['BRLO'], 3],
    ['should group a surname within the article', 'Mira Lukić', ['Lukić'], 2],
  ])('%s', (_title, name, variants, count) => {
    expect(byName.get(name)).toMatchObject({ variants, count });
  });

  it.each([
    ['Arben Dushku', 'person'],
    ['Ivo Marković', 'person'],
    ['Balkan Rule of Law Office', 'organization'],
    ['Adriatic Border Council', 'organization'],
  ])('should guess the kind of %s: %s', (name, kind) => {
    expect(byName.get(name)?.kind).toBe(kind);
  });

  it('should give the articles and the sentence of the first mention', () => {
    expect(byName.get('Balkan Rule of Law Office')).toMatchObject({
      articles: ['border-clash', 'briefing'],
      context: 'The Balkan Rule of Law Office (BRLO) said it was following the case.',
    });
  });

  it('should leave out names an entry covers, by name or alias, and places and weekdays', () => {
    for (const name of ['Erik Lindqvist', 'Lindqvist', 'Nordic Defence Council', 'Donje Selo', 'Tuesday', 'Oslo']) {
      expect(byName.has(name), name).toBe(false);
    }
  });

  it('should put the most mentioned first', () => {
    expect(candidates[0]?.name).toBe('Balkan Rule of Law Office');
  });

  it('should skip rejected names in any spelling', () => {
    const rejected = new Set(['foreign ministry', 'ivo markovic']);
    const names = discoverCandidates(reports, { covered, rejected }).map((candidate) => candidate.name);
    expect(names).not.toContain('Foreign Ministry');
    expect(names).not.toContain('Ivo Marković');
  });

  it('should list journalists from credits only when asked, and never as article names', () => {
    const credited: ArticleText = {
      id: 'credited',
      lang: 'en',
      blocks: [
        { kind: 'credit', text: 'By Tomas Brenner' },
        { kind: 'credit', text: '(AP Photo/Lena Vogt)' },
        { kind: 'text', text: 'Arben Dushku spoke.' },
      ],
    };
    expect(discoverCandidates([credited], { covered }).map((c) => c.name)).toEqual(['Arben Dushku']);
    const withJournalists = discoverCandidates([credited], { covered, journalists: true });
    expect(
      withJournalists
        .filter((c) => c.kind === 'journalist')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Lena Vogt', 'Tomas Brenner']);
  });

  it('should group an acronym with its expansion when the glossary covers the expansion', () => {
    const text = article('a', 'The Nordic Defence Council (NDC) met. The NDC said nothing.');
    expect(discoverCandidates([text], { covered })).toEqual([]);
  });
});

describe('discoverCandidates in reports in other languages', () => {
  const known = glossaryCoverage([
    testEntry('ivo-markovic', 'Ivo Marković', { aliases: ['Marković'] }),
    testEntry('donje-selo', 'Donje Selo', { kind: 'place' }),
    testEntry('brlo', 'Balkan Rule of Law Office', { kind: 'organization', aliases: ['BRLO'] }),
  ]);
  const names = (lang: string, ...paragraphs: string[]) =>
    discoverCandidates([{ id: 'a', lang, blocks: paragraphs.map((text) => ({ kind: 'text', text })) }], {
      covered: known,
    }).map((candidate) => candidate.name);

  it('should leave out a title or a role before a known person, in any case of the name', () => {
    expect(
      names('sr-Latn', 'Portparol Markovića je rekao da nema komentara. Ministar Ivo Marković nije došao.'),
    ).toEqual([]);
    expect(names('de', 'Ein Sprecher von Marković sagte nichts. Der Minister Ivo Marković schwieg.')).toEqual([]);
  });

  it('should keep another person of a known surname', () => {
    expect(names('sr-Latn', 'Andrej Marković je rekao da nema komentara.')).toEqual(['Andrej Marković']);
  });

  it('should keep an article that is part of a name, and a body named after a known place', () => {
    expect(names('fr', 'La Mission Adriatique a réagi, selon Le Figaro.')).toEqual(['Le Figaro', 'Mission Adriatique']);
    expect(names('sr-Latn', 'Vojska Donjeg Sela je saopštila da nema komentara.')).toEqual(['Vojska Donjeg Sela']);
    expect(names('de', 'Ein Sprecher der BRLO sagte nichts.')).toEqual([]);
  });

  it("should leave out the language's articles before a name, and words before a known place", () => {
    expect(names('de', 'Die Angreifer von Donje Selo flohen. Die Regionale Grenzbehörde ermittelt.')).toEqual([
      'Regionale Grenzbehörde',
    ]);
    expect(names('fr', 'La Mission Adriatique a réagi.')).toEqual(['Mission Adriatique']);
  });

  it('should not join a body and a place with `in` unless the body names a word for one', () => {
    expect(
      names('en', 'Speaking to the Adriatic Herald in Donje Selo, the BRLO Mission in Donje Selo said it knew.'),
    ).toEqual(['Adriatic Herald', 'BRLO Mission in Donje Selo']);
  });

  it("should leave out a month's name in capitals, as an agency's dateline writes it", () => {
    expect(names('it', '(ANSA) - DONJE SELO, 02 OTT - La Missione Adriatica ha risposto.')).toEqual([
      'ANSA',
      'Missione Adriatica',
    ]);
  });
});

describe('datelines', () => {
  it('should take the place a dateline gives in capitals for no body', () => {
    const found = discoverCandidates(
      [
        article('athens', 'ATHENS, April 14 - The Adriatic Border Council met on Sunday.'),
        {
          id: 'moscow',
          lang: 'ru',
          blocks: [{ kind: 'text', text: 'БРЮССЕЛЬ, 29 сен — Адриатический совет заявил.' }],
        },
        article('mitrovica', 'KOSOVSKA MITROVICA - The Adriatic Border Council met again.'),
      ],
      { covered },
    ).map((candidate) => candidate.name);
    expect(found).toEqual(['Adriatic Border Council']);
  });

  it('should still take an acronym that opens a paragraph for a body', () => {
    const found = discoverCandidates(
      [
        article('one', 'BRLO, the Balkan Rule of Law Office, said it was following the case.'),
        article('two', 'BRLO (the office) said on Monday it had opened an inquiry.'),
      ],
      { covered },
    ).map((candidate) => candidate.name);
    expect(found).toContain('BRLO');
  });
});

describe('the time discovery takes', () => {
  it('should read 1,000 generated articles in well under a minute', () => {
    const paragraphs = reports.flatMap((report) => report.blocks.map((block) => block.text));
    const articles = Array.from({ length: 1000 }, (_, index) =>
      article(
        `a${index}`,
        ...Array.from({ length: 8 }, (_, n) => paragraphs[(index + n) % paragraphs.length] ?? '').map((text) =>
          text.replace('Dushku', `Dushku${index % 50}`),
        ),
      ),
    );
    const started = performance.now();
    discoverCandidates(articles, { covered });
    const milliseconds = performance.now() - started;
    console.log(`discovery: ${Math.round(milliseconds)} ms per 1,000 articles of 8 paragraphs`);
    expect(milliseconds).toBeLessThan(60_000);
  });
});
