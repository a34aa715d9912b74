/**
 * Prints how quote attribution scores on the project's test set and on the
 * three held out, each in all and by language; then each with a glossary
 * that knows half of its entities. Usage: `npm run evaluate:quotes`.
 */
import { scoreQuotes, withHalfTheGlossary } from './quote-evaluation.ts';
import { type QuoteCase, quoteTestSet } from './quote-test-set.ts';
import { heldOut } from './quote-test-set-held-out.ts';
import { thirdSet } from './quote-test-set-third.ts';
import { cjkSet } from './quote-test-set-cjk.ts';

/** Prints the score of `cases`: in all, the cases whose quotations are misread, and by language. */
function printScore(cases: QuoteCase[]): void {
  const score = scoreQuotes(cases);
  console.table({
    quotations: { labelled: score.quotations.expected, found: score.quotations.found },
    speakers: { labelled: score.expected, named: score.attributed, right: score.correct },
  });
  console.log(`precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`);
  if (score.misread.length > 0) console.log('Quotations misread in:', score.misread);

  const byLanguage = Map.groupBy(cases, (testCase: QuoteCase) => testCase.lang ?? 'en');
  console.log('By language:');
  console.table(
    Object.fromEntries(
      [...byLanguage].map(([lang, inLanguage]) => {
        const { expected, attributed, correct } = scoreQuotes(inLanguage);
        return [lang, { cases: inLanguage.length, 'speakers labelled': expected, named: attributed, right: correct }];
      }),
    ),
  );
}

console.log('The test set (quote-test-set.ts):');
printScore(quoteTestSet);
console.log('\nThe held-out set (quote-test-set-held-out.ts), written without the finder in view:');
printScore(heldOut);
console.log('\nThe third set (quote-test-set-third.ts), written the same way by another reader:');
printScore(thirdSet);
console.log('\nThe Chinese and Japanese set (quote-test-set-cjk.ts), written the same way by a third reader:');
printScore(cjkSet);

console.log(
  '\nEach set with a glossary that knows half of its entities (withHalfTheGlossary): the others are no mentions, and what they say is expected unattributed:',
);
const sets = { test: quoteTestSet, 'held-out': heldOut, third: thirdSet, 'Chinese and Japanese': cjkSet };
console.table(
  Object.entries(sets).flatMap(([name, cases]) =>
    ([0, 1] as const).map((half) => {
      const score = scoreQuotes(withHalfTheGlossary(cases, half));
      return {
        set: name,
        half,
        'speakers labelled': score.expected,
        named: score.attributed,
        right: score.correct,
        precision: score.precision.toFixed(3),
        recall: score.recall.toFixed(3),
      };
    }),
  ),
);
