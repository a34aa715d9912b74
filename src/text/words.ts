/** The whitespace-separated tokens of a text, in order: how a reader compares two texts word for word. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** Counts the words of a text: whitespace-separated tokens with a letter or digit (a lone dash is none). */
export function countWords(text: string): number {
  return splitWords(text).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
