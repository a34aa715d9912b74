/**
 * Chinese and Japanese text in the pieces it is compared by, as search
 * engines read it (Lucene's CJK bigrams, Pagefind): Han, Hiragana and
 * Katakana are written without spaces, so a run of their letters is a
 * clause, not a word. Each run is read as its overlapping pairs of letters
 * (`大雨造成` → `大雨`, `雨造`, `造成`), which needs no dictionary: a rewrite
 * that keeps a word keeps its pairs. Limits: words are not segmented (a pair
 * across two words counts like any other), and scripts that a dictionary
 * would segment (Thai, Khmer) or whose words are spaced (Korean) are read as
 * any other script.
 */

import { unspacedLetter, unspacedLetterPattern } from '../text/unspaced-letters.ts';

const cjkRun = new RegExp(`${unspacedLetterPattern}+`, 'gu');
const cjkStart = new RegExp(`^${unspacedLetterPattern}`, 'u');
/** The lowest code point of those letters that is a letter or number (`々`, U+3005): a word that starts below it is none. */
const lowestCjk = 0x3005;

/** Whether `text` has a Han or kana letter: whether its words are to be read in pieces. */
export const hasCjk = (text: string): boolean => unspacedLetter.test(text);

/**
 * Whether a word is a piece of a Han or kana run ({@link cjkPieces}): it has
 * no other forms, and matches only itself (`大雨` and `大水` share a letter,
 * not a word).
 */
export const isCjkPiece = (word: string): boolean => word.charCodeAt(0) >= lowestCjk && cjkStart.test(word);

/**
 * A word of the text (letters and numbers, as a word pattern reads them) in
 * the pieces it is compared by: each run of Han and kana letters as its
 * overlapping pairs of letters, a letter alone as itself, and the letters
 * between runs as they are (`2024年3月` → `2024`, `年`, `3`, `月`).
 * Time proportional to the word's length.
 */
export function cjkPieces(word: string): string[] {
  const pieces: string[] = [];
  let end = 0;
  for (const match of word.matchAll(cjkRun)) {
    if (match.index > end) pieces.push(word.slice(end, match.index));
    // By code point: a Han letter beyond the first plane is one letter, not two halves.
    const letters = Array.from(match[0]);
    if (letters.length === 1) pieces.push(match[0]);
    for (let at = 0; at + 1 < letters.length; at++) pieces.push(`${letters[at]}${letters[at + 1]}`);
    end = match.index + match[0].length;
  }
  if (end < word.length) pieces.push(word.slice(end));
  return pieces;
}
