/**
 * Finds the passages (sentences) that two or more articles share, verbatim
 * or reworded, without comparing every sentence with every other:
 * MinHash signatures of the four-letter pieces of each sentence's content
 * words, banded into locality-sensitive hash buckets (32 bands of 3 rows,
 * which make a pair whose pieces have a Jaccard index of 0.5 a candidate 99%
 * of the time and one of 0.2 only 23%), then each candidate checked by the
 * overlap of the two sentences' content words ({@link wordOverlap}), unless
 * they name different things ({@link namesDisagree}).
 * Sentences joined by a checked pair form one passage (union-find), so the
 * work grows with the number of sentences, not its square.
 */
import { type NameKeys, contentWords, namesDisagree, sentenceNames, wordGrams, wordOverlap } from './content-words.ts';

/** One article's sentences, in reading order. */
export interface PassageSource {
  article: string;
  /** The article's language (BCP 47): which words are function words ({@link contentWords}). */
  lang?: string;
  sentences: string[];
}

/** A sentence of one article: its position in `sentences`. */
export interface PassageMember {
  article: string;
  sentence: number;
}

/** Sentences of two or more articles that say the same thing. */
export interface SharedPassage {
  members: PassageMember[];
}

export interface PassageOptions {
  /** The least overlap of two sentences' content words ({@link wordOverlap}) for them to be one passage. */
  threshold: number;
  /** Sentences with fewer content words are too short to tell a shared fact from a common phrase. */
  minWords: number;
}

/**
 * Tuned on the test sets in `passage-test-set.ts` and `passage-test-set-languages.ts`: the lowest
 * threshold with precision 1 and no unrelated pair on both (see `npm run evaluate:passages`).
 */
export const defaultPassageOptions: PassageOptions = { threshold: 0.45, minWords: 5 };

const bands = 32;
const rows = 3;
/** Candidates checked per bucket: enough to join a sentence to its passage, few enough to stay linear. */
const checkedPerBucket = 4;
/** How close, as a share of the threshold, a sentence must also be to the first sentence of the passage it joins. */
const chainFactor = 0.8;
/**
 * Candidates a sentence is checked against in all, across bands: in a crowd of near misses (many
 * rewrites of one story) each would otherwise be checked against every band's bucket.
 */
const checksPerSentence = 16;
/** Below this share of common word pieces, a pair is not worth the word-by-word comparison. */
const leastPieceOverlap = 0.2;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The `i`th hash function of the MinHash family: a seeded integer mix (MurmurHash3's finaliser). */
function mix(value: number, i: number): number {
  let hash = Math.imul(value ^ Math.imul(i + 1, 0x9e3779b1), 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** Content words' pieces as sorted, distinct 32-bit hashes: what MinHash samples. */
function gramHashes(words: string[]): Uint32Array {
  return Uint32Array.from(new Set(words.flatMap((word) => [...wordGrams(word)]).map(fnv1a))).sort();
}

/** The Jaccard index of two sorted sets of hashes, by one merge: a cheap first look before the word overlap. */
function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

function find(parent: Int32Array, item: number): number {
  let root = item;
  while (parent[root] !== root) root = parent[root] as number;
  while (parent[item] !== root) {
    const next = parent[item] as number;
    parent[item] = root;
    item = next;
  }
  return root;
}

/**
 * The passages that sentences of two or more of `sources` share; members in
 * the order of `sources`. `knownNames` are the names the archive knows (its
 * glossary's, from `nameKeys`): a sentence that opens with one names it
 * ({@link sentenceNames}).
 */
export function findSharedPassages(
  sources: PassageSource[],
  options: PassageOptions = defaultPassageOptions,
  knownNames?: NameKeys,
): SharedPassage[] {
  const members: PassageMember[] = [];
  const words: Uint32Array[] = [];
  const texts: string[][] = [];
  const sentences: string[] = [];
  const articleOf: number[] = [];
  // A sentence whose content words another already has (a wire copy) joins it at once, unhashed.
  const firstWithWords = new Map<string, number>();
  const sameAs: number[] = [];
  // Content words (and the key of their list) by language and sentence text, so that a wire copy's
  // sentences are read once.
  const contentOfText = new Map<string | undefined, Map<string, { content: string[]; key: string }>>();
  const unhashed = new Uint32Array(0);
  sources.forEach((source, articleIndex) => {
    let ofLanguage = contentOfText.get(source.lang);
    if (!ofLanguage) contentOfText.set(source.lang, (ofLanguage = new Map()));
    source.sentences.forEach((sentence, position) => {
      let read = ofLanguage.get(sentence);
      if (!read) {
        const content = [...contentWords(sentence, source.lang, knownNames)];
        ofLanguage.set(sentence, (read = { content, key: content.join(' ') }));
      }
      const { content, key } = read;
      if (content.length < options.minWords) return;
      const first = firstWithWords.get(key);
      if (first === undefined) firstWithWords.set(key, members.length);
      sameAs.push(first ?? -1);
      members.push({ article: source.article, sentence: position });
      words.push(first === undefined ? gramHashes(content) : unhashed);
      texts.push(first === undefined ? content : []);
      sentences.push(sentence);
      articleOf.push(articleIndex);
    });
  });

  // The names of a sentence, read when it is first checked against another: most never are.
  const names: (string[] | undefined)[] = [];
  const namesOf = (item: number) => (names[item] ??= sentenceNames(sentences[item] as string, knownNames));

  const parent = Int32Array.from(members, (_, item) => (sameAs[item] === -1 ? item : (sameAs[item] as number)));
  const checks = new Uint8Array(members.length);
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let item = 0; item < members.length; item++) {
      if (sameAs[item] !== -1) continue;
      const hashes = words[item] as Uint32Array;
      let key = band;
      for (let row = 0; row < rows; row++) {
        let least = 0xffffffff;
        for (const hash of hashes) least = Math.min(least, mix(hash, band * rows + row));
        key = Math.imul(key ^ least, 0x01000193) >>> 0;
      }
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [item]);
        continue;
      }
      for (const other of bucket) {
        if (articleOf[other] === articleOf[item]) continue;
        if (find(parent, other) === find(parent, item)) continue;
        if ((checks[item] as number) >= checksPerSentence) break;
        checks[item] = (checks[item] as number) + 1;
        if (jaccardSorted(hashes, words[other] as Uint32Array) < leastPieceOverlap) continue;
        if (namesDisagree(namesOf(item), namesOf(other))) continue;
        // Close to the candidate, and not far from its passage's first sentence: chains of
        // near neighbours would otherwise join sentences that share only a phrase.
        const root = find(parent, other);
        const close = (to: number) => wordOverlap(texts[item] as string[], texts[to] as string[]);
        if (close(other) >= options.threshold && close(root) >= options.threshold * chainFactor)
          parent[find(parent, item)] = root;
      }
      if (bucket.length < checkedPerBucket) bucket.push(item);
    }
  }

  const groups = new Map<number, number[]>();
  for (let item = 0; item < members.length; item++) {
    const root = find(parent, item);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  }
  return [...groups.values()]
    .filter((group) => new Set(group.map((item) => articleOf[item])).size > 1)
    .map((group) => ({ members: group.map((item) => members[item] as PassageMember) }));
}
