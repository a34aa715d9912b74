import { describe, expect, it } from 'vitest';
import { indexPassages } from './archive-passages.ts';

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
          retoldBy: [],
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
