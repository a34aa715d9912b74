/** Derived titles are cut to at most this many characters (before the ellipsis). */
const maxLength = 80;

/** Short words a cut title or slug should not end on. */
export const trailingStopWords = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with',
]);

/**
 * Derives a readable title from an article's first paragraph, for sources
 * without a headline: its first sentence, cut at a word boundary to
 * {@link maxLength} characters and marked with an ellipsis when cut.
 */
export function deriveTitle(firstParagraph: string): string {
  const sentence = firstSentence(firstParagraph.trim());
  if (sentence.length <= maxLength) return sentence;
  const words = sentence.slice(0, maxLength + 1).split(/\s+/).slice(0, -1);
  while (words.length > 1 && trailingStopWords.has(words.at(-1)?.toLowerCase() ?? '')) words.pop();
  return `${words.join(' ').replace(/[,;:–—-]+$/, '')}…`;
}

/**
 * The text up to the first full stop, question or exclamation mark that is
 * followed by a capitalised word, skipping abbreviations such as `U.S.`.
 */
function firstSentence(text: string): string {
  const boundary = /[.!?]["'”’)]*(?=\s+["'“‘(]?\p{Lu})/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const lastWord = text.slice(0, end).split(/\s+/).at(-1) ?? '';
    // Initials and abbreviations: "U.S.", "M.", "Dr.", "St.".
    if (/^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Jr|Sr)\.$/u.test(lastWord)) continue;
    return text.slice(0, end);
  }
  return text;
}
