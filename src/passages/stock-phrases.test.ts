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

  it('should not let one named wording of a stock sentence join the reports of unrelated stories', () => {
    const inquiry = 'The cause of the fire remains under investigation, officials said.';
    const sources: PassageSource[] = [
      { article: 'named', sentences: [appeal.replace('contact them', 'contact Crimestoppers')] },
      ...['Marvik', 'Tessel', 'Kendal'].map((town) => ({
        article: town,
        sentences: [`A fire broke out at a bakery in ${town} on a ${town.length}-storey block.`, appeal, inquiry],
      })),
    ];
    expect(articlesOf(sources)).toEqual([]);
  });

  it('should pair no two unrelated reports through a third that shares a story with each', () => {
    const crash = 'A lorry hit a bus on the motorway south of Tessel on Friday.';
    const hub = { article: 'hub', sentences: [fire, crash, appeal] };
    const fireReport = { article: 'fire', sentences: [fire, appeal] };
    const crashReport = { article: 'crash', sentences: [crash, appeal] };
    for (const order of [
      [hub, fireReport, crashReport],
      [fireReport, hub, crashReport],
      [crashReport, fireReport, hub],
    ]) {
      const pairs = articlesOf(order).filter((articles) => articles.includes('fire') && articles.includes('crash'));
      expect(pairs).toEqual([]);
    }
  });

  it('should share a stock sentence within each of many stories', () => {
    const towns = (
      'Alston Bakewell Cromer Dunoon Epping Filey Girvan Hexham Ilkley Jarrow Keswick Lanark Malton Nairn Oban ' +
      'Penrith Quorn Rhyl Selby Thirsk Ulverston Ventnor Whitby Yeovil Zennor Buxton Clitheroe Dornoch Elgin Frome'
    ).split(' ');
    const sources: PassageSource[] = towns.flatMap((town) =>
      [1, 2].map((copy) => ({
        article: `${town}-${copy}`,
        sentences: [
          `A fire destroyed a furniture warehouse in ${town} early on Sunday, the fire service said.`,
          appeal,
        ],
      })),
    );
    const appealPassages = findSharedPassages(sources, undefined, nameKeys([])).filter(({ members }) =>
      members.every(({ sentence }) => sentence === 1),
    );
    expect(appealPassages.map(({ members }) => members.map(({ article }) => article))).toEqual(
      towns.map((town) => [`${town}-1`, `${town}-2`]),
    );
  });

  it('should count a sentence opening in lower case as one with capitals, so a stock phrase all the same', () => {
    const claim = '24 hours on, no group has claimed responsibility for the attack, officials said.';
    const sources: PassageSource[] = [
      { article: 'bombing', sentences: ['A bomb exploded outside a bank in Tessel on Monday.', claim] },
      { article: 'raid', sentences: ['Gunmen stormed a hotel in Kendal on Tuesday night.', claim] },
    ];
    expect(articlesOf(sources)).toEqual([]);
  });
});
