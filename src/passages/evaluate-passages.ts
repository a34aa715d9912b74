/**
 * Prints how shared-passage detection scores on the project's test set at a
 * range of thresholds, with and without the hard negatives: the table behind
 * the default threshold. Usage: `npm run evaluate:passages`.
 */
import { scorePassages } from './passage-evaluation.ts';
import { hardNegatives, passageTestSet } from './passage-test-set.ts';
import { defaultPassageOptions } from './shared-passages.ts';

const rows = [0.4, 0.45, 0.5, 0.55, 0.6].map((threshold) => {
  const options = { ...defaultPassageOptions, threshold };
  const plain = scorePassages(passageTestSet, options);
  const hard = scorePassages([...passageTestSet, ...hardNegatives], options);
  return {
    threshold: threshold === defaultPassageOptions.threshold ? `${threshold} (default)` : String(threshold),
    'pairs found': plain.found,
    'pairs expected': plain.expected,
    precision: plain.precision.toFixed(3),
    recall: plain.recall.toFixed(3),
    'unrelated pairs': plain.unrelated,
    'precision with hard negatives': hard.precision.toFixed(3),
  };
});
console.table(rows);
