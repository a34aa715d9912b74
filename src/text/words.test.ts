import { describe, expect, it } from 'vitest';
import { countWords, splitWords } from './words.ts';

describe('splitWords', () => {
  it('should split on any run of white space and drop empty tokens', () => {
    expect(splitWords('  NATO’s  troops,\n\tin Kosovo — ')).toEqual(['NATO’s', 'troops,', 'in', 'Kosovo', '—']);
    expect(splitWords(' \n ')).toEqual([]);
  });
});

describe('countWords', () => {
  it('should count tokens that hold a letter or a digit, not lone punctuation', () => {
    const table: [string, number][] = [
      ['Three attackers were killed.', 4],
      ['— 2023 —', 1],
      ['--- ...', 0],
      ['Vučić, Вучић', 2],
      ['', 0],
    ];
    for (const [text, count] of table) expect(countWords(text), text).toBe(count);
  });

  it('should count each Chinese character and Japanese kana, written without spaces, as a word', () => {
    expect(countWords('大雪封闭了道路。')).toBe(7);
    expect(countWords('警察が発表した。')).toBe(7);
    expect(countWords('NATO 部队')).toBe(3);
  });
});
