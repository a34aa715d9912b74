import { describe, expect, it } from 'vitest';
import { scorePassages } from './passage-evaluation.ts';
import { nameKeys } from './content-words.ts';
import { passageTestSet, testSetNames } from './passage-test-set.ts';
import { seedReports } from './seed-facts.ts';
import { defaultPassageOptions } from './shared-passages.ts';

describe('shared passages on the test set', () => {
  it('should find the retold facts with precision of at least 0.9 and recall of at least 0.8, and no unrelated pair', () => {
    const score = scorePassages(passageTestSet, defaultPassageOptions, nameKeys(testSetNames));
    expect(score.expected).toBeGreaterThan(50);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.unrelated).toBe(0);
  });

  it('should join a stock sentence that opens with one name to the same words about another only when it does not know the names', () => {
    expect(scorePassages(passageTestSet, defaultPassageOptions).unrelated).toBeGreaterThan(0);
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
