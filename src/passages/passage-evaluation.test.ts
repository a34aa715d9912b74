import { describe, expect, it } from 'vitest';
import { scorePassages } from './passage-evaluation.ts';
import { type NameKeys, nameKeys } from './content-words.ts';
import { passageTestSet, testSetNames } from './passage-test-set.ts';
import { otherLanguagesTestSet } from './passage-test-set-languages.ts';
import { seedReports } from './seed-facts.ts';
import { defaultPassageOptions, findSharedPassages } from './shared-passages.ts';

describe('shared passages on the test set', () => {
  it('should find the retold facts with precision of at least 0.9 and recall of at least 0.8, and no unrelated pair', () => {
    const score = scorePassages(passageTestSet, defaultPassageOptions, nameKeys(testSetNames));
    expect(score.expected).toBeGreaterThan(50);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.unrelated).toBe(0);
  });

  it('should find them in German and in Serbian, in either script, with no unrelated pair', () => {
    const score = scorePassages(otherLanguagesTestSet, defaultPassageOptions, nameKeys(testSetNames));
    expect(score.expected).toBeGreaterThan(15);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.unrelated).toBe(0);
  });

  it('should join a stock sentence that opens with one name to the same words about another only when it does not know the names', () => {
    const stock = (names?: NameKeys) =>
      findSharedPassages(
        passageTestSet.map(({ id, sentences }) => ({ article: id, sentences: sentences.map(({ text }) => text) })),
        defaultPassageOptions,
        names,
      ).filter(({ members }) => members.some(({ article }) => article === 'budget'));
    const opening = (article: string, sentence: number) =>
      passageTestSet.find(({ id }) => id === article)?.sentences[sentence]?.text.split(' ')[0];
    const joined = stock().flatMap(({ members }) => members.map((member) => opening(member.article, member.sentence)));
    expect(joined).toEqual(expect.arrayContaining(['Varga', 'Brenner']));
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
