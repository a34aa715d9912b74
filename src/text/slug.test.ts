import { describe, expect, it } from 'vitest';
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

  it("should keep a title's own last word, even a short function word", () => {
    const table: [string, string][] = [
      ["Serbia's Plan B", 'serbia-s-plan-b'],
      ['Vitamin A shortage hits clinics… part A', 'vitamin-a-shortage-hits-clinics-part-a'],
      ['Where the money comes from', 'where-the-money-comes-from'],
      ['The A', 'the-a'],
    ];
    for (const [title, slug] of table) expect(slugify(title), title).toBe(slug);
  });

  it('should not end a cut slug on a function word the cut left dangling', () => {
    // The 64-character limit falls inside "Western", leaving "…-future-of-the".
    const slug = slugify('Leaders gathered in Brussels to discuss the future of the Western Balkans');
    expect(slug).toBe('leaders-gathered-in-brussels-to-discuss-the-future');
  });

  it('should fold letters as names are compared, stroked letters included', () => {
    const table: [string, string][] = [
      ['Đorđe Vučić', 'dorde-vucic'],
      ['Straße', 'strasse'],
      ['Łódź', 'lodz'],
      ['Ærø Œuvre', 'aero-oeuvre'],
      ['NATO’s', 'nato-s'],
    ];
    for (const [title, slug] of table) expect(slugify(title), title).toBe(slug);
  });

  it('should spell Cyrillic in Latin letters, as the Latin spelling of the same name', () => {
    expect(slugify('Ђорђе Вучић')).toBe(slugify('Đorđe Vučić'));
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
