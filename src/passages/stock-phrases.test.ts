import { describe, expect, it } from 'vitest';
import { nameKeys } from './content-words.ts';
import { type PassageSource, findSharedPassages } from './shared-passages.ts';

/** The articles of each passage found, with those of the passages that retell it. */
const articlesOf = (sources: PassageSource[], names = nameKeys([])) => {
  const passages = findSharedPassages(sources, undefined, names);
  return passages.map(({ members, retoldBy }) =>
    [
      ...new Set([members, ...retoldBy.map((place) => passages[place]?.members ?? [])].flat().map((m) => m.article)),
    ].sort(),
  );
};

const fire = 'A fire destroyed a furniture warehouse in the Harbour district of Marvik early on Sunday.';
const appeal = 'Police asked anyone with information about the incident to contact them.';
const appealAgain = 'Police have asked anyone with information about the incident to contact them.';

describe('stock sentences and shared passages', () => {
  it('should share no stock sentence between reports of unrelated stories', () => {
    const sources: PassageSource[] = [
      { article: 'fire', sentences: [fire, appeal] },
      { article: 'crash', sentences: ['A lorry hit a bus on the motorway south of Tessel on Friday.', appealAgain] },
    ];
    expect(articlesOf(sources)).toEqual([]);
  });

  it('should share the same stock sentence between reports of one story, which share a sentence naming something', () => {
    const sources: PassageSource[] = [
      { article: 'wire', sentences: [fire, appeal] },
      { article: 'rewrite', sentences: [fire.replace('early on Sunday', 'on Sunday morning'), appealAgain] },
      { article: 'crash', sentences: ['A lorry hit a bus on the motorway south of Tessel on Friday.', appeal] },
    ];
    expect(articlesOf(sources)).toEqual([
      ['rewrite', 'wire'],
      ['rewrite', 'wire'],
    ]);
  });

  it('should still tell apart a stock sentence about one person from the same words about another, within one story', () => {
    const sources: PassageSource[] = [
      { article: 'wire', sentences: [fire, 'Varga wants the council to rebuild the warehouse before the summer.'] },
      {
        article: 'rewrite',
        sentences: [fire, 'Brenner wants the council to rebuild the warehouse before the summer.'],
      },
    ];
    expect(articlesOf(sources, nameKeys(['Varga', 'Brenner']))).toEqual([['rewrite', 'wire']]);
  });

  it('should share sentences of a script without capitals, which cannot tell a name', () => {
    const sentence = 'قال المتحدث باسم الشرطة إن التحقيق في الحريق ما زال جاريا حتى الآن في المدينة';
    const sources: PassageSource[] = [
      { article: 'a', lang: 'ar', sentences: [sentence] },
      { article: 'b', lang: 'ar', sentences: [sentence.replace('حتى الآن ', '')] },
    ];
    expect(articlesOf(sources)).toEqual([['a', 'b']]);
  });
});
