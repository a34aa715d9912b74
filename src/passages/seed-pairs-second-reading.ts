/**
 * A second reading of the seed articles: the pairs of their sentences that
 * retell one another, labelled by another reader from the sentences alone,
 * without the labels of `seed-facts.ts` or anything the detector finds, to
 * tell how much the score depends on who labels. Its rule: two sentences of
 * different reports are one passage when one retells the event, claim or
 * statement the other tells, however reworded; a sentence that tells two
 * facts pairs with one that tells either, when that fact is a main point of
 * both; sharing a topic, a name or background is not enough. A sentence is
 * given as its report's letter (the seed articles in the order of their
 * files) and its number among the sentences of that report's paragraphs
 * (from 1), which `seed-facts.ts` checks are still the same.
 */
import type { TestReport } from './passage-test-set.ts';
import { pairKey } from './passage-evaluation.ts';

/** The pairs, `A1-B3`: sentence 1 of report A and sentence 3 of report B. */
const secondReading = `
A1-B3 A1-C2 A1-C7 A1-D13 A1-D14 A1-E4 A1-E12 A2-B1 A2-B2 A2-B3 A2-C1 A2-C2 A2-D4 A2-D13 A2-E3
A2-E4 A2-E10 A3-B4 A3-C10 A3-D10 A3-E5 A3-E15 A4-B5 A4-C13 A4-D3 A4-D10 A4-D11 A4-E6 A4-E14
A8-B11 A8-C15 A8-D15 A9-B11 A10-B1 A10-C3 A10-D1 A10-D2 A10-D4 A10-E1 A10-E2 A10-E10 A11-B2
A11-C1 A11-D4 A11-E3 A11-E10 A12-B14 A12-C4 A12-C5 A12-D5 A12-E11 A13-C9 A14-E16 A15-D12 A16-B7
A16-E8 B1-C3 B1-D1 B1-D2 B1-E1 B1-E2 B2-C1 B2-D4 B2-E3 B2-E10 B3-C2 B3-C7 B3-D13 B3-D14 B3-E4
B3-E12 B4-C10 B4-C11 B4-D10 B4-D11 B4-E5 B4-E6 B4-E15 B5-C13 B5-D3 B5-D11 B5-E6 B7-E8 B9-E9
B11-C15 B11-D15 B12-C15 B12-D15 B14-C4 B14-C5 B14-D5 B14-E11 B15-C6 B15-E11 C1-D4 C1-E3 C1-E10
C2-D13 C2-D14 C2-E4 C2-E12 C3-D1 C3-D2 C3-E1 C3-E2 C4-D5 C4-E11 C5-D5 C5-E11 C6-E11 C7-D13 C7-D14
C7-E4 C7-E12 C10-D10 C10-E5 C10-E15 C11-D11 C11-E6 C11-E15 C12-D11 C13-D3 C13-D11 C13-E6 C16-D15
D1-E1 D1-E2 D2-E1 D2-E2 D3-E6 D4-E3 D4-E10 D5-E11 D10-E5 D10-E14 D11-E6 D11-E15 D13-E4 D13-E12
D14-E4 D14-E12
`;

/**
 * The second reading's pairs among `seeds` (from `seedReports`), as
 * `scorePassages` expects them; none when the seeds are not all there.
 */
export function secondReadingPairs(seeds: TestReport[]): Set<string> {
  if (seeds.length !== 5) return new Set();
  const sentenceId = (label: string) => {
    const report = seeds['ABCDE'.indexOf(label[0] ?? '')];
    const sentence = Number(label.slice(1)) - 1;
    if (!report?.sentences[sentence])
      throw new Error(`seed-pairs-second-reading.ts: no sentence ${label}: label again`);
    return `${report.id}#${sentence}`;
  };
  return new Set(
    secondReading
      .trim()
      .split(/\s+/)
      .map((pair) => {
        const [a = '', b = ''] = pair.split('-');
        return pairKey(sentenceId(a), sentenceId(b));
      }),
  );
}
