import { describe, expect, it } from 'vitest';
import { pairKey, pairsByFact, scorePassages } from './passage-evaluation.ts';
import { type NameKeys, nameKeys } from './content-words.ts';
import { passageTestSet, testSetNames } from './passage-test-set.ts';
import { otherLanguagesTestSet } from './passage-test-set-languages.ts';
import { seedReports } from './seed-facts.ts';
import { secondReadingPairs } from './seed-pairs-second-reading.ts';
import { defaultPassageOptions, findSharedPassages } from './shared-passages.ts';

describe('shared passages on the test set', () => {
  it('should find the retold facts with precision of at least 0.9 and recall of at least 0.8, and no unrelated pair', () => {
    const score = scorePassages(passageTestSet, defaultPassageOptions, nameKeys(testSetNames));
    expect(score.expected).toBeGreaterThan(50);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.unrelated).toBe(0);
  });

  it('should find them in German, in Serbian in either script, in Chinese and in Japanese, with no unrelated pair', () => {
    const score = scorePassages(otherLanguagesTestSet, defaultPassageOptions, nameKeys(testSetNames));
    expect(score.expected).toBeGreaterThan(15);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.unrelated).toBe(0);
  });

  it('should share no stock sentence of an unrelated report, whether or not it knows the names that open it', () => {
    // The budget report's `Varga wants the council to approve the plan…` is the drought report's
    // `Brenner wants…`: told apart by their names when known, and by sharing no named passage when not.
    const stock = (names?: NameKeys) =>
      findSharedPassages(
        passageTestSet.map(({ id, sentences }) => ({ article: id, sentences: sentences.map(({ text }) => text) })),
        defaultPassageOptions,
        names,
      ).filter(({ members }) => members.some((member) => opening(member.article, member.sentence) === 'Varga'));
    const opening = (article: string, sentence: number) =>
      passageTestSet.find(({ id }) => id === article)?.sentences[sentence]?.text.split(' ')[0];
    expect(stock()).toEqual([]);
    expect(stock(nameKeys(testSetNames))).toEqual([]);
  });
});

describe('the seed articles labelled by fact', () => {
  it('should still match the sentences of the seed articles', () => {
    const seeds = seedReports('content/articles');
    expect(seeds).toHaveLength(5);
    const labelled = seeds.flatMap(({ sentences }) => sentences.filter(({ fact }) => fact));
    expect(labelled.length).toBeGreaterThan(50);
  });
});

describe('scoring against pairs given', () => {
  it('should count as expected only the pairs given, not those of the fact labels', () => {
    const [wire, nearVerbatim] = passageTestSet;
    const rain = nearVerbatim?.sentences.findIndex(({ fact }) => fact === 'rain');
    if (!wire || !nearVerbatim || rain === undefined || rain < 0) throw new Error('the test set lost its rain');
    const onePair = new Set([pairKey(`${wire.id}#0`, `${nearVerbatim.id}#${rain}`)]);
    const score = scorePassages(passageTestSet, defaultPassageOptions, nameKeys(testSetNames), onePair);
    expect(score.expected).toBe(1);
    expect(score.recall).toBe(1);
    expect(score.precision).toBeLessThan(0.1);
  });

  it('should read the second reading of the seed articles as pairs of their sentences, mostly those of the fact labels', () => {
    const seeds = seedReports('content/articles');
    const second = secondReadingPairs(seeds);
    const byFact = pairsByFact(seeds);
    expect(second.size).toBe(141);
    expect([...second].filter((pair) => byFact.has(pair)).length).toBeGreaterThan(100);
  });
});
