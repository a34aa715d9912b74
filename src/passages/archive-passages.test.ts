import { describe, expect, it } from 'vitest';
import { earliestOf, indexPassages } from './archive-passages.ts';

describe('earliestOf', () => {
  it('should name the earliest dated report, never an undated one', () => {
    expect(
      earliestOf([
        { article: 'undated' },
        { article: 'late', date: '2023-10-02' },
        { article: 'early', date: '2023-09-29' },
      ]),
    ).toEqual(['early']);
    expect(earliestOf([{ article: 'a' }, { article: 'b' }])).toEqual([]);
  });

  it('should keep every report that may be the earliest when dates overlap', () => {
    // September 2023 may be before or after the 29th: both may hold the first version.
    expect(
      earliestOf([
        { article: 'month', date: '2023-09' },
        { article: 'day', date: '2023-09-29' },
        { article: 'later', date: '2023-10-01' },
      ]),
    ).toEqual(['month', 'day']);
  });
});

describe('indexPassages', () => {
  it('should give each shared sentence its passage’s reports, earliest first and undated last, one object per passage', () => {
    const sentences = new Map([
      ['a', ['A says it.']],
      ['b', ['Intro.', 'B says it.']],
      ['c', ['C says it.']],
    ]);
    const dates = new Map([
      ['a', undefined],
      ['b', '2023-09-30'],
      ['c', '2023-09-29'],
    ]);
    const index = indexPassages(
      [
        {
          members: [
            { article: 'a', sentence: 0 },
            { article: 'b', sentence: 1 },
            { article: 'c', sentence: 0 },
          ],
        },
      ],
      sentences,
      dates,
    );
    expect(index.get('a')?.get('A says it.')).toEqual({ articles: ['c', 'b', 'a'], earliest: ['c'] });
    expect(index.get('b')?.get('B says it.')).toBe(index.get('a')?.get('A says it.'));
    expect(index.get('b')?.has('Intro.')).toBe(false);
  });
});
