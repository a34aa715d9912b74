/**
 * Prints how shared-passage detection scores on the project's test set at a
 * range of thresholds, with and without the hard negatives: the table behind
 * the default threshold; then on the test set in other languages; then on the seed articles of `content/articles/`,
 * if they are there, labelled by their main facts (`seed-facts.ts`) and by a second reading's pairs.
 * Usage: `npm run evaluate:passages`.
 */
import { contentFolders } from '../content-folders.ts';
import { type NameKeys, nameKeys } from './content-words.ts';
import { glossaryNameKeys } from './archive-passages.ts';
import { pairsByFact, scorePassages } from './passage-evaluation.ts';
import { type TestReport, hardNegatives, passageTestSet, testSetNames } from './passage-test-set.ts';
import { chineseTestSet, japaneseTestSet, otherLanguagesTestSet } from './passage-test-set-languages.ts';
import { seedReports } from './seed-facts.ts';
import { secondReadingPairs } from './seed-pairs-second-reading.ts';
import { defaultPassageOptions } from './shared-passages.ts';

const thresholds = [0.4, 0.45, 0.5, 0.55, 0.6];
const label = (threshold: number) =>
  threshold === defaultPassageOptions.threshold ? `${threshold} (default)` : String(threshold);

/** One row of a table: the score of `reports` at `threshold`, against `expected` pairs or their fact labels. */
function scoreRow(reports: TestReport[], threshold: number, names: NameKeys, expected?: Set<string>) {
  const score = scorePassages(reports, { ...defaultPassageOptions, threshold }, names, expected);
  return {
    threshold: label(threshold),
    'pairs found': score.found,
    'pairs expected': score.expected,
    precision: score.precision.toFixed(3),
    recall: score.recall.toFixed(3),
    'unrelated pairs': score.unrelated,
  };
}

const testNames = nameKeys(testSetNames);
console.table(
  thresholds.map((threshold) => ({
    ...scoreRow(passageTestSet, threshold, testNames),
    'precision with hard negatives': scoreRow([...passageTestSet, ...hardNegatives], threshold, testNames).precision,
  })),
);

console.log(
  'The same story in German, Serbian (Latin and Cyrillic), Chinese and Japanese, with unrelated reports in each:',
);
console.table(thresholds.map((threshold) => scoreRow(otherLanguagesTestSet, threshold, testNames)));
for (const [language, reports] of [
  ['Chinese', chineseTestSet],
  ['Japanese', japaneseTestSet],
] as const) {
  console.log(`Of them, in ${language} (read in pairs of letters):`);
  console.table(thresholds.map((threshold) => scoreRow(reports, threshold, testNames)));
}

const seeds = seedReports(contentFolders.articles);
if (seeds.length === 0) console.log(`No labelled seed article in ${contentFolders.articles}/.`);
else {
  console.log(`The ${seeds.length} seed articles, every pair of sentences that retell one fact:`);
  const glossaryNames = glossaryNameKeys();
  console.table(thresholds.map((threshold) => scoreRow(seeds, threshold, glossaryNames)));
  // The second reading pairs sentences of all five seeds: with some of them missing it scores nothing.
  const secondReading = secondReadingPairs(seeds);
  if (secondReading.size > 0) {
    const byFact = pairsByFact(seeds);
    const agreed = [...secondReading].filter((pair) => byFact.has(pair)).length;
    console.log(
      `The same, against the ${secondReading.size} pairs of a second reading (seed-pairs-second-reading.ts), ` +
        `${agreed} of them among the ${byFact.size} above:`,
    );
    console.table(thresholds.map((threshold) => scoreRow(seeds, threshold, glossaryNames, secondReading)));
  }
}
