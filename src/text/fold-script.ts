import { foldCharacter } from './fold.ts';
import { latinize } from './transliterate.ts';

const cyrillic = /\p{Script=Cyrillic}/u;

/**
 * Folds one character like {@link foldCharacter}, a Cyrillic letter first
 * written in Serbian Latin letters (`Ћ` → `ć` → `c`, `љ` → `lj`), so that
 * `Вучић` and `Vucic` fold alike. Latin text folds exactly as before.
 */
export function foldScriptCharacter(character: string): string {
  // The matcher folds every character of every article: each distinct character is folded once.
  let folded = characterFoldings.get(character);
  if (folded === undefined) {
    folded = cyrillic.test(character)
      ? Array.from(latinize(character), foldCharacter).join('')
      : foldCharacter(character);
    characterFoldings.set(character, folded);
  }
  return folded;
}

/** Characters folded so far: a text's alphabet is small, and folding one costs a Unicode normalization. */
const characterFoldings = new Map<string, string>();

/** Folds a whole string with {@link foldScriptCharacter}, runs of white space made one space. */
export function foldScriptText(text: string): string {
  return Array.from(text.trim().replace(/\s+/g, ' '), foldScriptCharacter).join('');
}
