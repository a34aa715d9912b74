import { sentenceEnds } from '../text/sentences.ts';

/**
 * The sentences of a block of text, trimmed, in order, as an article page's
 * are split where the build compares them (`remark-sentence-ends.ts`): so
 * that the passage evaluation and scripts that read articles find the same
 * sentences by their text.
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
