import { describe, expect, it } from 'vitest';
import { numberRuns } from './number-runs.ts';

describe('numberRuns', () => {
  it('joins consecutive numbers and keeps the others single', () => {
    expect(numberRuns([1, 2, 3, 5, 7, 8])).toEqual([
      { first: 1, last: 3 },
      { first: 5, last: 5 },
      { first: 7, last: 8 },
    ]);
  });

  it('gives no run for no numbers, and one for a single number', () => {
    expect(numberRuns([])).toEqual([]);
    expect(numberRuns([4])).toEqual([{ first: 4, last: 4 }]);
  });
});
