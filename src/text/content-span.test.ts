import { describe, expect, it } from 'vitest';
import { contentSpan } from './content-span.ts';

describe('contentSpan', () => {
  it('should leave function words, possessive endings and edge punctuation outside', () => {
    const table: [string, string | undefined][] = [
      ['’s president', 'president'],
      ["'s prime minister", 'prime minister'],
      ['the President of ', 'President'],
      [' ambassador to ', 'ambassador'],
      ['the alliance', 'alliance'],
      [' Secretary-General', 'Secretary-General'],
      ['the ', undefined],
      ['’s', undefined],
      ['', undefined],
    ];
    for (const [piece, kept] of table) {
      const span = contentSpan(`x${piece}y`, 1, 1 + piece.length);
      expect(span && `x${piece}y`.slice(...span), JSON.stringify(piece)).toBe(kept);
    }
  });

  it('should keep function words between content words', () => {
    expect(contentSpan('Secretary of State', 0, 18)).toEqual([0, 18]);
  });
});
