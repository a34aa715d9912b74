import { describe, expect, it } from 'vitest';
import { chunk, chunkByWeight, pagerNumbers } from './pages.ts';

describe('chunk', () => {
  it('should cut a list into pages of a size, the last one shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('should give one empty page for an empty list, so that a page 1 always exists', () => {
    expect(chunk([], 25)).toEqual([[]]);
  });
});

describe('chunkByWeight', () => {
  const limits = { maxItems: 3, maxWeight: 10 };

  it('should close a page at the item limit', () => {
    expect(chunkByWeight([1, 1, 1, 1, 1], (n) => n, limits)).toEqual([
      [1, 1, 1],
      [1, 1],
    ]);
  });

  it('should close a page before the weight limit is passed', () => {
    expect(chunkByWeight([4, 4, 4, 1], (n) => n, limits)).toEqual([
      [4, 4],
      [4, 1],
    ]);
  });

  it('should give an item heavier than the limit a page to itself', () => {
    expect(chunkByWeight([2, 50, 3], (n) => n, limits)).toEqual([[2], [50], [3]]);
  });

  it('should keep 10,000 items in order across bounded pages', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => i);
    const pages = chunkByWeight(items, () => 7, { maxItems: 20, maxWeight: 150 });
    expect(pages.flat()).toEqual(items);
    expect(Math.max(...pages.map((page) => page.length))).toBe(20);
  });
});

describe('pagerNumbers', () => {
  it('should show every page of a short list', () => {
    expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('should show the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pagerNumbers(6, 200)).toEqual([1, undefined, 4, 5, 6, 7, 8, undefined, 200]);
  });

  it('should show the one page a gap would hide, rather than "…"', () => {
    expect(pagerNumbers(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, undefined, 10]);
    expect(pagerNumbers(6, 10)).toEqual([1, undefined, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('should stay short for 10,000 pages', () => {
    expect(pagerNumbers(5000, 10_000).length).toBeLessThanOrEqual(9);
  });
});
