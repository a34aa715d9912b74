/**
 * A generated archive whose sentences are mostly its own, as a real
 * archive's are: the synthetic archive made of the seed paragraphs has only
 * a hundred distinct sentences however large it grows, which no comparison of
 * passages finds costly. Each article has 25 sentences: most of them new
 * (random words from a vocabulary of 20,000, common ones far more often, as
 * in text, with English function words between them), 15% copied from a pool
 * of 3,000 wire sentences and 10% copied with two words changed. One word in
 * ten is a name (of 2,000, written with a capital), so that three sentences in
 * four name something, as news does. It measures
 * cost, not quality: the words mean nothing. The same count always gives the
 * same archive.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** Sentences per article: about a news report's. */
export const sentencesPerArticle = 25;

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The sentences of `count` articles. */
export function ownSentenceArticles(count: number): string[][] {
  const random = generator(2023);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const syllable = () => pick([...'bcdfghklmnprstvz']) + pick([...'aeiou']) + (random() < 0.3 ? pick([...'nrst']) : '');
  const vocabulary = Array.from({ length: 20_000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, syllable).join(''),
  );
  const names = Array.from({ length: 2_000 }, () => {
    const name = Array.from({ length: 2 + Math.floor(random() * 2) }, syllable).join('');
    return `${name[0]?.toUpperCase()}${name.slice(1)}`;
  });
  const functionWords = ['the', 'of', 'and', 'in', 'to', 'a', 'was', 'for', 'on', 'with'];
  // A Zipf-like law: the logarithm of a word's rank is uniform.
  const ranked = (list: readonly string[]) =>
    list[Math.floor(Math.exp(random() * Math.log(list.length))) - 1] as string;
  const word = () => ranked(random() < 0.1 ? names : vocabulary);
  // 8 to 18 content words: about those of a sentence of news.
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 11) }, () =>
      random() < 0.4 ? `${pick(functionWords)} ${word()}` : word(),
    ).join(' ');
    return `${words[0]?.toUpperCase()}${words.slice(1)}.`;
  };
  const wire = Array.from({ length: 3_000 }, sentence);
  const edited = (text: string) => {
    const words = text.slice(0, -1).split(' ');
    for (let change = 0; change < 2; change++) words[1 + Math.floor(random() * (words.length - 1))] = word();
    return `${words.join(' ')}.`;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: sentencesPerArticle }, () => {
      const draw = random();
      if (draw < 0.15) return pick(wire);
      if (draw < 0.25) return edited(pick(wire));
      return sentence();
    }),
  );
}

/** Writes `count` such articles into a folder as sources (`own-<n>.txt`): a date, a headline, five paragraphs. */
export function writeOwnSentenceSources(folder: string, count: number): void {
  ownSentenceArticles(count).forEach((sentences, n) => {
    const day = new Date(Date.UTC(2023, 0, 1) + (n % 1000) * 86_400_000).toISOString().slice(0, 10);
    const headline = `Report ${n}: ${sentences[0]?.split(' ').slice(0, 8).join(' ')}`;
    const paragraphs = Array.from({ length: 5 }, (_, place) => sentences.slice(place * 5, place * 5 + 5).join(' '));
    writeFileSync(path.join(folder, `own-${n}.txt`), ` date ${day}\n${headline}\n\n${paragraphs.join('\n\n')}\n`);
  });
}
