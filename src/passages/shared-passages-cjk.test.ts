import { describe, expect, it } from 'vitest';
import { nameKeys } from './content-words.ts';
import { scorePassages } from './passage-evaluation.ts';
import { testSetNames } from './passage-test-set.ts';
import { chineseTestSet, japaneseTestSet } from './passage-test-set-languages.ts';
import { type PassageSource, defaultPassageOptions, findSharedPassages } from './shared-passages.ts';

/** The articles of each passage's sentences. */
const articlesOf = (sources: PassageSource[]) =>
  findSharedPassages(sources).map(({ members }) => members.map(({ article }) => article));

describe('shared passages in Chinese and Japanese', () => {
  it('should find a sentence in its edited copy, and not in a report that names the same mayor', () => {
    expect(
      articlesOf([
        {
          article: 'wire',
          lang: 'zh-Hans',
          sentences: ['市长伊尔莎·瓦尔加表示，自1891年有记录以来，该市从未出现过如此高的水位。'],
        },
        {
          article: 'edited',
          lang: 'zh-Hans',
          sentences: ['市长瓦尔加表示，自1891年有记录以来，该市从未出现过这样高的水位。'],
        },
        {
          article: 'budget',
          lang: 'zh-Hans',
          sentences: ['市长伊尔莎·瓦尔加表示，该市将在未来几年加大对学校的投入。'],
        },
      ]),
    ).toEqual([['wire', 'edited']]);
    expect(
      articlesOf([
        { article: 'wire', lang: 'ja', sentences: ['北部環状道路の橋が崩落し、2人が死亡、11人がけがをした。'] },
        { article: 'edited', lang: 'ja', sentences: ['北部環状道路の橋が崩落し、2人が死亡、11人が負傷した。'] },
        { article: 'repairs', lang: 'ja', sentences: ['北部環状道路の橋は来年の春に改修工事に入る。'] },
      ]),
    ).toEqual([['wire', 'edited']]);
  });

  it('should find most retold facts of the test sets, and no pair of an unrelated report', () => {
    for (const set of [chineseTestSet, japaneseTestSet]) {
      const score = scorePassages(set, defaultPassageOptions, nameKeys(testSetNames));
      expect(score.expected).toBeGreaterThan(15);
      expect(score.precision).toBe(1);
      expect(score.recall).toBeGreaterThanOrEqual(0.7);
      expect(score.unrelated).toBe(0);
    }
  });
});
