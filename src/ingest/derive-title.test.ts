import { describe, expect, it } from 'vitest';
import { deriveTitle } from './derive-title.ts';

describe('deriveTitle', () => {
  it('should use a short first sentence whole', () => {
    expect(deriveTitle('NATO sends more troops. Other news follows.')).toBe('NATO sends more troops.');
  });

  it('should not end the first sentence at an abbreviation', () => {
    expect(deriveTitle('The U.S. called on Serbia. More text.')).toBe('The U.S. called on Serbia.');
  });

  it('should cut a first word longer than a title', () => {
    expect(deriveTitle(`${'x'.repeat(5000)} and more.`)).toBe(`${'x'.repeat(80)}…`);
  });

  it('should cut a long first sentence at a word boundary and mark the cut', () => {
    expect(
      deriveTitle(
        'Recent events in Kosovo have raised concerns about stability in the region as a Serbian military deployment threatens.',
      ),
    ).toBe('Recent events in Kosovo have raised concerns about stability in the region…');
  });
});
