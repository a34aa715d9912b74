import { describe, expect, it } from 'vitest';
import { foldText } from './fold.ts';
import { foldScriptCharacter, foldScriptText } from './fold-script.ts';

describe('foldScriptText', () => {
  it('should fold Cyrillic and Latin spellings of a name alike', () => {
    const table: [string, string][] = [
      ['Вучић', 'vucic'],
      ['Александар Вучић', 'aleksandar vucic'],
      ['Ђорђе Љиљана Његош', 'dorde ljiljana njegos'],
      ['ЏАКОВИЦА', 'dzakovica'],
      ['Србија  и Косово', 'srbija i kosovo'],
      ['Путин', 'putin'],
    ];
    for (const [text, folded] of table) expect(foldScriptText(text), text).toBe(folded);
  });

  it('should fold text without Cyrillic exactly as foldText does', () => {
    const table = ['Vučić', 'Đorđe', 'Straße', 'Łódź', ' NATO’s ', 'Ærø', 'U.S. and AT&T', 'Kosovo\tPolice'];
    for (const text of table) expect(foldScriptText(text), text).toBe(foldText(text));
  });
});

describe('foldScriptCharacter', () => {
  it('should return the Latin letters of one Cyrillic letter, folded', () => {
    const table: [string, string][] = [
      ['Љ', 'lj'],
      ['џ', 'dz'],
      ['ћ', 'c'],
      ['ь', ''],
      ['é', 'e'],
    ];
    for (const [character, folded] of table) expect(foldScriptCharacter(character), character).toBe(folded);
  });
});
