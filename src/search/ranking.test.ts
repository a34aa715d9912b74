import { describe, expect, it } from 'vitest';
import { rankResults } from './ranking.ts';

describe('rankResults', () => {
  it('should put the named entry first, then the articles mentioning it, then other articles, then other entries', () => {
    expect(
      rankResults({
        entries: ['entry:kfor'],
        mentioning: ['a3', 'a1', 'a4'],
        articles: ['a2', 'a5'],
        glossary: ['entry:nato', 'entry:kfor'],
      }),
    ).toEqual(['entry:kfor', 'a3', 'a1', 'a4', 'a2', 'a5', 'entry:nato']);
  });

  it('should list a topic word as articles before glossary entries', () => {
    expect(rankResults({ entries: [], mentioning: [], articles: ['a2', 'a1'], glossary: ['entry:x'] })).toEqual([
      'a2',
      'a1',
      'entry:x',
    ]);
  });
});
