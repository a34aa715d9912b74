import { describe, expect, it } from 'vitest';
import { deriveTitle } from './derive-title.ts';
import { isSlug, slugify } from './slug.ts';

describe('slugify', () => {
  it('should make a readable ASCII slug and drop diacritics', () => {
    expect(slugify('Vučić meets Kurti: “No deal”')).toBe('vucic-meets-kurti-no-deal');
  });

  it('should cut long titles at a word boundary, not on a stop word', () => {
    const slug = slugify(
      'Tensions are rising at the Serbia and Kosovo border. NATO and the White House are responding',
    );
    expect(slug).toBe('tensions-are-rising-at-the-serbia-and-kosovo-border-nato');
    expect(slug.length).toBeLessThanOrEqual(64);
  });

  it('should spell Cyrillic in Latin letters', () => {
    expect(slugify('Александар Вучић и Приштина')).toBe('aleksandar-vucic-i-pristina');
  });

  it('should give nothing for a title it cannot spell, for the caller to fall back', () => {
    expect(slugify('— ! —')).toBe('');
    expect(slugify('北京')).toBe('');
  });
});

describe('isSlug', () => {
  it('should accept what slugify makes and nothing else', () => {
    expect(isSlug('vucic-meets-kurti-2')).toBe(true);
    for (const bad of ['', 'Vucic', 'a--b', '-a', 'a-', 'a b', '../a', 'č']) expect(isSlug(bad), bad).toBe(false);
  });
});

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
