import { describe, expect, it } from 'vitest';
import { foldCharacter, foldText, isAcronym } from './fold.ts';

describe('foldText', () => {
  it('should fold names the way a reader compares them', () => {
    const table: [string, string][] = [
      ['Vučić', 'vucic'],
      ['Đorđe', 'dorde'],
      ['Straße', 'strasse'],
      ['Łódź', 'lodz'],
      ['Kosovo  Police', 'kosovo police'],
      [' NATO’s ', "nato's"],
      ['Ærø', 'aero'],
      ['Radoičić', 'radoicic'],
    ];
    for (const [text, folded] of table) expect(foldText(text), text).toBe(folded);
  });

  it('should fold plain ASCII as it folds each character', () => {
    const table = ['  Jens\tSTOLTENBERG\n', "O'Brien-Smith", 'U.S. Army 1st Battalion', 'AT&T', ''];
    for (const text of table) {
      const byCharacter = Array.from(text.trim().replace(/\s+/g, ' '), foldCharacter).join('');
      expect(foldText(text), text).toBe(byCharacter);
    }
    expect(foldText('  Jens\tSTOLTENBERG\n')).toBe('jens stoltenberg');
  });
});

describe('foldCharacter', () => {
  it('should return more than one character, or none for a combining mark', () => {
    expect(foldCharacter('ß')).toBe('ss');
    expect(foldCharacter('\u030C')).toBe('');
    expect(foldCharacter('‑')).toBe('-');
  });
});

describe('isAcronym', () => {
  it('should take two or more letters with none lower case for an acronym', () => {
    const table: [string, boolean][] = [
      ['NATO', true],
      ['U.S.', true],
      ['AT&T', true],
      ['KFOR', true],
      ['Nato', false],
      ['I', false],
      ['EU-', true],
      ['Kosovo', false],
    ];
    for (const [alias, acronym] of table) expect(isAcronym(alias), alias).toBe(acronym);
  });
});
