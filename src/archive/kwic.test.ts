import { describe, expect, it } from 'vitest';
import type { Mention } from '../annotate/mention.ts';
import { kwic, kwicContext } from './kwic.ts';

const mention = (before: string, after: string) => ({ before, after, text: 'Kirby' }) as Mention;

describe('kwic', () => {
  it('should keep a short sentence whole', () => {
    expect(kwic(mention('Spokesman ', ' said.'))).toEqual({ before: 'Spokesman ', after: ' said.' });
  });

  it('should cut long context at a word boundary, marking the cut', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { before, after } = kwic(mention(`${words} `, ` ${words}`));
    expect(before.startsWith('…word')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(kwicContext + 1);
    expect(after.length).toBeLessThanOrEqual(kwicContext + 1);
    expect(after.slice(0, -1)).toMatch(/ word\d+$/);
  });
});
