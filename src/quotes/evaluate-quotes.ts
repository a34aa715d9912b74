/**
 * Prints how quote attribution scores on the project's test set, in all and
 * by language. Usage: `npm run evaluate:quotes`.
 */
import { scoreQuotes } from './quote-evaluation.ts';
import { type QuoteCase, quoteTestSet } from './quote-test-set.ts';

const score = scoreQuotes(quoteTestSet);
console.table({
  quotations: { labelled: score.quotations.expected, found: score.quotations.found },
  speakers: { labelled: score.expected, named: score.attributed, right: score.correct },
});
console.log(`precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`);
if (score.misread.length > 0) console.log('Quotations misread in:', score.misread);

const byLanguage = Map.groupBy(quoteTestSet, (testCase: QuoteCase) => testCase.lang ?? 'en');
console.log('By language:');
console.table(
  Object.fromEntries(
    [...byLanguage].map(([lang, cases]) => {
      const { expected, attributed, correct } = scoreQuotes(cases);
      return [lang, { cases: cases.length, 'speakers labelled': expected, named: attributed, right: correct }];
    }),
  ),
);
