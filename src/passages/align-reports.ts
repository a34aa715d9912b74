/**
 * Sets two reports side by side, passage by passage: each sentence of the
 * first with the sentence of the second that retells it (the closest one
 * over the threshold, each used once, found greedily from the closest pair
 * down), in the first report's order; sentences of the second that retell
 * nothing in the first come after the row of their nearest matched
 * predecessor, so that both texts read in their own order. A sentence with
 * fewer content words than `minWords` (a number, a date or a figure alone, a
 * table's cell) is paired with none, as the build counts no passage of it:
 * any two reports of a year share `2023.`.
 */
import { contentWords, wordOverlap } from './content-words.ts';
import { type PassageOptions, defaultPassageOptions } from './shared-passages.ts';

/** One row of a comparison: a sentence of either report or both (indices into their sentences). */
export interface AlignedRow {
  a?: number;
  b?: number;
  /** How closely the two retell one another (0 to 1), when both are there. */
  similarity?: number;
}

/** A report's sentences, in order, and its language (BCP 47), which says what its function words are. */
export interface ReportSentences {
  sentences: string[];
  lang?: string;
}

/** The rows of two reports' sentences aligned, by the build's `threshold` and `minWords`; every sentence of each appears once. */
export function alignReports(
  first: ReportSentences,
  second: ReportSentences,
  { threshold, minWords }: PassageOptions = defaultPassageOptions,
): AlignedRow[] {
  const [a, b] = [first.sentences, second.sentences];
  const wordsA = a.map((sentence) => [...contentWords(sentence, first.lang)]);
  const wordsB = b.map((sentence) => [...contentWords(sentence, second.lang)]);
  const pairs: { i: number; j: number; similarity: number }[] = [];
  wordsA.forEach((words, i) => {
    if (words.length < minWords) return;
    wordsB.forEach((other, j) => {
      if (other.length < minWords) return;
      const similarity = wordOverlap(words, other);
      if (similarity >= threshold) pairs.push({ i, j, similarity });
    });
  });
  pairs.sort((x, y) => y.similarity - x.similarity || x.i - y.i || x.j - y.j);
  const partnerOfA = new Map<number, { j: number; similarity: number }>();
  const takenB = new Set<number>();
  for (const { i, j, similarity } of pairs) {
    if (partnerOfA.has(i) || takenB.has(j)) continue;
    partnerOfA.set(i, { j, similarity });
    takenB.add(j);
  }

  // Sentences of B that match nothing go after the row holding the closest matched B before them.
  const rowOfB = new Map<number, number>();
  a.forEach((_, i) => {
    const partner = partnerOfA.get(i);
    if (partner) rowOfB.set(partner.j, i);
  });
  const afterRow = new Map<number, number[]>();
  let anchor = -1;
  b.forEach((_, j) => {
    const row = rowOfB.get(j);
    if (row !== undefined) anchor = row;
    else {
      const after = afterRow.get(anchor);
      if (after) after.push(j);
      else afterRow.set(anchor, [j]);
    }
  });

  const rows: AlignedRow[] = (afterRow.get(-1) ?? []).map((j) => ({ b: j }));
  a.forEach((_, i) => {
    const partner = partnerOfA.get(i);
    rows.push(partner ? { a: i, b: partner.j, similarity: partner.similarity } : { a: i });
    for (const j of afterRow.get(i) ?? []) rows.push({ b: j });
  });
  return rows;
}
