/**
 * Prints how quote attribution scores on the project's test set.
 * Usage: `npm run evaluate:quotes`.
 */
import { scoreQuotes } from './quote-evaluation.ts';
import { quoteTestSet } from './quote-test-set.ts';

const score = scoreQuotes(quoteTestSet);
console.table({
  quotations: { labelled: score.quotations.expected, found: score.quotations.found },
  speakers: { labelled: score.expected, named: score.attributed, right: score.correct },
});
console.log(`precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`);
if (score.misread.length > 0) console.log('Quotations misread in:', score.misread);
