/**
 * Scores shared-passage detection against a labelled test set: precision and
 * recall of the pairs of sentences (from different reports) that it puts in
 * one passage, against the pairs that retell one fact (a sentence may
 * retell two).
 */
import type { NameKeys } from './content-words.ts';
import { type PassageOptions, findSharedPassages } from './shared-passages.ts';
import type { TestReport } from './passage-test-set.ts';

export interface PassageScore {
  found: number;
  expected: number;
  correct: number;
  precision: number;
  recall: number;
  /** Pairs found between reports that share no fact at all. */
  unrelated: number;
}

/** A pair of sentences, each `report#sentence` (its place among the report's sentences, from 0), in either order. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The pairs of sentences of different reports that share a fact label. */
export function pairsByFact(reports: TestReport[]): Set<string> {
  const expected = new Set<string>();
  const facts = reports.flatMap((report) =>
    report.sentences.flatMap(({ fact }, sentence) =>
      [fact ?? []].flat().map((one) => ({ id: `${report.id}#${sentence}`, report: report.id, fact: one })),
    ),
  );
  for (const a of facts)
    for (const b of facts) if (a.report < b.report && a.fact === b.fact) expected.add(pairKey(a.id, b.id));
  return expected;
}

/**
 * Scores {@link findSharedPassages} with `options` on `reports`, whose
 * glossary would hold `knownNames`, against the pairs (from {@link pairKey})
 * that `expected` gives, or else that the reports' fact labels make.
 */
export function scorePassages(
  reports: TestReport[],
  options: PassageOptions,
  knownNames?: NameKeys,
  expected: Set<string> = pairsByFact(reports),
): PassageScore {
  // A report that shares nothing with the others: a pair found with it is unrelated.
  const sharing = new Set([...expected].flatMap((pair) => pair.split('|').map((id) => id.replace(/#\d+$/, ''))));

  const found = new Set<string>();
  let unrelated = 0;
  const passages = findSharedPassages(
    reports.map((report) => ({
      article: report.id,
      ...(report.lang ? { lang: report.lang } : {}),
      sentences: report.sentences.map(({ text }) => text),
    })),
    options,
    knownNames,
  );
  // A passage's sentences are paired with one another and with those of the passages that retell it.
  for (const { members, retoldBy } of passages)
    for (const others of [members, ...retoldBy.map((place) => passages[place]?.members ?? [])])
      for (const a of members)
        for (const b of others) {
          if (a.article === b.article) continue;
          const pair = pairKey(`${a.article}#${a.sentence}`, `${b.article}#${b.sentence}`);
          if (found.has(pair)) continue;
          found.add(pair);
          if (!sharing.has(a.article) || !sharing.has(b.article)) unrelated++;
        }
  const correct = [...found].filter((pair) => expected.has(pair)).length;
  return {
    found: found.size,
    expected: expected.size,
    correct,
    precision: found.size === 0 ? 1 : correct / found.size,
    recall: expected.size === 0 ? 1 : correct / expected.size,
    unrelated,
  };
}
