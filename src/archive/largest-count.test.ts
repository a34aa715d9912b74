import { describe, expect, it } from 'vitest';
import { largestCount } from './largest-count.ts';

describe('largestCount', () => {
  it('should give the largest count, and 1 for an archive with no mention', () => {
    expect(largestCount([new Map([['nato', 3]]), new Map([['kosovo', 7]])])).toBe(7);
    expect(largestCount([])).toBe(1);
  });

  it('should take the cells of a matrix larger than a call takes arguments', () => {
    // 10,000 articles naming 30 entities each: 300,000 cells; a spread of them overflowed the stack.
    const articles = Array.from(
      { length: 10_000 },
      (_, n) => new Map(Array.from({ length: 30 }, (_, e) => [`e${e}`, (n + e) % 50])),
    );
    expect(largestCount(articles)).toBe(49);
  });
});
