import { foldText } from './fold.ts';
import { functionWords } from './function-words.ts';

const word = /[\p{L}\p{N}\p{M}]+/gu;
const apostrophe = /['’ʼ]$/u;

/**
 * The part of `text.slice(start, end)` a link should cover: from its first to
 * its last word that is neither a function word (`the`, `of`, `to`) nor the
 * `s` of a possessive (`’s president` → `president`, `the President of ` →
 * `President`), as `[start, end)` offsets in `text`; `undefined` when no such
 * word is left. Punctuation inside stays (`Secretary-General`).
 */
export function contentSpan(text: string, start: number, end: number): [number, number] | undefined {
  const words = Array.from(text.slice(start, end).matchAll(word), (found) => ({
    start: start + found.index,
    end: start + found.index + found[0].length,
  })).filter(
    (found) =>
      !functionWords.has(foldText(text.slice(found.start, found.end))) &&
      !(text.slice(found.start, found.end).toLowerCase() === 's' && apostrophe.test(text.slice(0, found.start))),
  );
  const first = words[0];
  const last = words.at(-1);
  return first && last ? [first.start, last.end] : undefined;
}
