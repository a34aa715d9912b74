import { describe, expect, it } from 'vitest';
import { orderSections, readMentionOrder } from './mention-order.ts';

// As an entity page lists them: newest first, undated last.
const sections = [
  { date: '2023-11-15', mentions: 1 },
  { date: '2023-11', mentions: 4 },
  { date: '2023-09-29', mentions: 2 },
  { date: '', mentions: 4 },
  { date: '', mentions: 1 },
];

describe('orderSections', () => {
  it('should keep the page’s order for newest first', () => {
    expect(orderSections(sections, 'newest')).toEqual([0, 1, 2, 3, 4]);
  });

  it('should put the oldest first and the undated still last', () => {
    expect(orderSections(sections, 'oldest')).toEqual([2, 1, 0, 3, 4]);
  });

  it('should put the articles with most mentions first, ties in date order', () => {
    expect(orderSections(sections, 'most')).toEqual([1, 3, 2, 0, 4]);
  });
});

describe('readMentionOrder', () => {
  it('should read a known order and fall back to newest', () => {
    expect(readMentionOrder('oldest')).toBe('oldest');
    expect(readMentionOrder('')).toBe('newest');
  });
});
