import { sentenceEnds } from '../text/sentences.ts';
import { trailingStopWords } from '../text/stop-words.ts';

/** Derived titles are cut to at most this many characters (before the ellipsis). */
const maxLength = 80;

/**
 * Derives a readable title from an article's first paragraph, for sources
 * without a headline: its first sentence, cut at a word boundary to
 * {@link maxLength} characters and marked with an ellipsis when cut.
 */
export function deriveTitle(firstParagraph: string): string {
  const sentence = firstSentence(firstParagraph.trim());
  if (sentence.length <= maxLength) return sentence;
  const words = sentence
    .slice(0, maxLength + 1)
    .split(/\s+/)
    .slice(0, -1);
  // A first word longer than the limit is cut itself.
  if (words.length === 0) return `${Array.from(sentence).slice(0, maxLength).join('')}…`;
  while (words.length > 1 && trailingStopWords.has(words.at(-1)?.toLowerCase() ?? '')) words.pop();
  return `${words.join(' ').replace(/[,;:–—-]+$/, '')}…`;
}

/** The text up to the end of its first sentence. */
function firstSentence(text: string): string {
  return text.slice(0, sentenceEnds(text)[0] ?? text.length);
}
