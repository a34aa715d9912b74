import { describe, expect, it } from 'vitest';
import { findStories } from './stories.ts';

describe('findStories', () => {
  it('should join reports that share three passages or more, through each other, largest story first', () => {
    const related = new Map([
      [
        'a',
        [
          { id: 'b', passages: [1, 2, 3] },
          { id: 'x', passages: [4] },
        ],
      ],
      ['b', [{ id: 'c', passages: [1, 2, 5] }]],
      ['d', [{ id: 'e', passages: [1, 2, 3, 4] }]],
      ['x', [{ id: 'y', passages: [1, 2] }]],
    ]);
    expect(findStories(['a', 'b', 'c', 'd', 'e', 'x', 'y'], related)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('should find no story where reports share only a passage or two', () => {
    expect(findStories(['a', 'b'], new Map([['a', [{ id: 'b', passages: [1, 2] }]]]))).toEqual([]);
  });
});
