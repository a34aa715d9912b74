import { countWords } from '../text/words.ts';

/**
 * A line ending like a sentence (optionally inside closing quotes or brackets) is not a heading;
 * quotes close with `“` and `‘` in German and Serbian (`„…“`), with `«` and `‹` in `»…«`.
 */
export const sentenceEnd = /[.!?…:;,][\s"'”’“‘»«›‹)\]]*$/;

/** Headings are short: at most this many words. */
const headingMaxWords = 20;

/** Whether a line could head text, or be another page's headline: a few words, no closing punctuation. */
export function isHeadingLike(text: string): boolean {
  const words = countWords(text);
  return !sentenceEnd.test(text) && words > 0 && words <= headingMaxWords;
}
