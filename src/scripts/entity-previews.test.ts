import { describe, expect, it } from 'vitest';
import { mentionCounts } from './entity-previews.ts';

describe('mentionCounts', () => {
  it('should say the mentions here apart from the archive’s, with the articles that hold them', () => {
    expect(mentionCounts(4, { mentions: 8, articles: 4 })).toBe('4 mentions here · 8 in 4 articles');
    expect(mentionCounts(1, { mentions: 1, articles: 1 })).toBe('1 mention here · 1 in 1 article');
    expect(mentionCounts(2, { mentions: 12500, articles: 4100 })).toBe('2 mentions here · 12,500 in 4,100 articles');
  });
});
