import { sentenceEnds } from '../text/sentences.ts';

/**
 * The sentences of a block of text, trimmed, in order: the one splitter that
 * both the archive's passage index and the article pages use, so that a
 * sentence found in one is found by its text in the other.
 */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const end of [...sentenceEnds(text), text.length]) {
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  }
  return sentences;
}
