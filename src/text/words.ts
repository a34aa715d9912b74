import { unspacedLetterPattern } from './unspaced-letters.ts';

/** The whitespace-separated tokens of a text, in order: how a reader compares two texts word for word. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** Chinese characters and Japanese kana: written without spaces between words, each counted as one, as those languages count. */
const unspaced = new RegExp(unspacedLetterPattern, 'gu');

/**
 * Counts the words of a text: whitespace-separated tokens with a letter or
 * digit (a lone dash is none), and each Chinese character or Japanese kana.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of splitWords(text)) {
    const characters = token.match(unspaced)?.length ?? 0;
    const rest = characters === 0 ? token : token.replace(unspaced, ' ');
    count += characters + splitWords(rest).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  }
  return count;
}
