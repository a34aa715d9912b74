import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceEnds } from './sentences.ts';

describe('sentenceEnds', () => {
  it('should end sentences at closing punctuation before a capital, quotes included', () => {
    const text = 'He spoke. "It is unprecedented." Then: quiet! 3 died.';
    expect(sentenceEnds(text).map((end) => text.slice(0, end))).toEqual([
      'He spoke.',
      'He spoke. "It is unprecedented."',
      'He spoke. "It is unprecedented." Then: quiet!',
    ]);
  });

  it('should not end a sentence at initials or abbreviations', () => {
    expect(sentenceEnds('The U.S. Secretary met Jeffrey M. Hovenier and Dr. Smith.')).toEqual([]);
  });
});

describe('sentenceAround', () => {
  it('should find the sentence that holds an offset', () => {
    const text = 'First one. Kirby spoke for the U.S. today. Last one.';
    const { start, end } = sentenceAround(text, text.indexOf('Kirby'));
    expect(text.slice(start, end)).toBe('Kirby spoke for the U.S. today.');
  });
});
