/**
 * Benchmark: finding the shared passages of an archive whose sentences are
 * mostly its own (`own-sentences.ts`), `count` articles (default 5,000).
 * Prints the time of three runs of `findSharedPassages` and what it found.
 *
 * Run with `npm run bench:passages [-- count]`.
 */
import { type PassageSource, findSharedPassages } from '../passages/shared-passages.ts';
import { ownSentenceArticles, sentencesPerArticle } from './own-sentences.ts';

const count = Number(process.argv[2] ?? 5_000);
const sources: PassageSource[] = ownSentenceArticles(count).map((sentences, n) => ({
  article: `report-${n}`,
  sentences,
}));

for (let run = 1; run <= 3; run++) {
  const started = performance.now();
  const passages = findSharedPassages(sources);
  const seconds = (performance.now() - started) / 1000;
  const retold = passages.filter(({ retoldBy }) => retoldBy.length > 0).length;
  console.log(
    `run ${run}: ${count.toLocaleString('en')} articles, ${(count * sentencesPerArticle).toLocaleString('en')} sentences: ` +
      `${seconds.toFixed(2)} s, ${passages.length.toLocaleString('en')} passages (${retold.toLocaleString('en')} retold by another)`,
  );
}
