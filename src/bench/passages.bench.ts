/**
 * Benchmark: finding the shared passages of an archive whose sentences are
 * mostly its own, as a real archive's are. The build benchmark's synthetic
 * archive is made of the seed articles' paragraphs, so that it has only a
 * hundred distinct sentences however large it grows; this one generates
 * `count` articles (default 5,000) of 25 sentences each: most of them new
 * (random words from a vocabulary of 20,000, common ones more often, as in
 * text), 15% copied from a pool of 3,000 wire sentences and 10% copied with
 * two words changed. It measures cost, not quality (the words mean nothing),
 * and prints the time of three runs of `findSharedPassages` and what it found.
 *
 * Run with `npm run bench:passages [-- count]`.
 */
import { type PassageSource, findSharedPassages } from '../passages/shared-passages.ts';

const count = Number(process.argv[2] ?? 5_000);
const sentencesPerArticle = 25;

/** A seeded generator of numbers in [0, 1) (mulberry32): the same archive on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

const random = generator(2023);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const syllable = () => pick([...'bcdfghklmnprstvz']) + pick([...'aeiou']) + (random() < 0.3 ? pick([...'nrst']) : '');
const vocabulary = Array.from({ length: 20_000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, syllable).join(''),
);
/** A word, the common ones far more often than the rare (a Zipf-like law: the rank's logarithm is uniform). */
const word = () => vocabulary[Math.floor(Math.exp(random() * Math.log(vocabulary.length))) - 1] as string;
/** A sentence of 8 to 18 words: about the content words a sentence of news has. */
const sentence = () => `${Array.from({ length: 8 + Math.floor(random() * 11) }, word).join(' ')}.`;

const wire = Array.from({ length: 3_000 }, sentence);
function edited(text: string): string {
  const words = text.slice(0, -1).split(' ');
  for (let change = 0; change < 2; change++) words[Math.floor(random() * words.length)] = word();
  return `${words.join(' ')}.`;
}
const sources: PassageSource[] = Array.from({ length: count }, (_, n) => ({
  article: `report-${n}`,
  sentences: Array.from({ length: sentencesPerArticle }, () => {
    const draw = random();
    if (draw < 0.15) return pick(wire);
    if (draw < 0.25) return edited(pick(wire));
    return sentence();
  }),
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
