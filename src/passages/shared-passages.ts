/**
 * Finds the passages (sentences) that two or more articles share, verbatim
 * or reworded, without comparing every sentence with every other.
 * Sentences with the same content words (a wire copy's) are read once, as one
 * version. Two versions are compared only when they have two word stems in
 * common (a stem: a word's first five letters), one of them among the rarer
 * stems of the archive: each version is looked up under its stems, rarest
 * first, in an index that keeps the first few versions under each stem. A
 * rare stem (a name, a number, a telling word) leads to every version that
 * has it; a common one only to a few, which is all a retelling needs, since
 * it shares more than common words. Candidates are then compared by the
 * overlap of their content words ({@link wordOverlap}), unless they name
 * different things ({@link namesDisagree}).
 * Versions as close as {@link lightlyEdited} are one passage, edited copies
 * of one text: joined (union-find), so that a crowd of them is one passage
 * however few of its pairs are compared. Versions over the threshold but less
 * close retell one another: a passage lists the passages that retell it, one
 * step only. A sentence that tells two facts is then retold by both, and two
 * sentences that share only a phrase with a third are not joined through it.
 * A stock phrase (`Police asked anyone with information to contact them`),
 * short and naming nothing, is shared only between reports of one story
 * ({@link splitStockPhrases}).
 */
import { type NameKeys, contentWords, namesDisagree, sentenceNames, wordOverlap } from './content-words.ts';
import { writtenLanguage } from './function-words.ts';
import { splitStockPhrases } from './stock-phrases.ts';

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

/** Sentences of one or more articles in the same words, or lightly edited, and the passages that retell them. */
export interface SharedPassage {
  members: PassageMember[];
  /** The passages, by their places in the list found, whose sentences retell this one's in other words. */
  retoldBy: number[];
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

/** Versions kept under one stem in the index: all of a rare stem's, a few of a common one's. */
const keptPerStem = 8;
/** Candidates a version is compared with in all: the first met, under its rarest stems. */
const comparedPerVersion = 24;
/** Stems two versions must share to be compared: one shared word is a topic, not a passage. */
const leastSharedStems = 2;
/**
 * The least overlap of two versions' stems, as a share of the threshold, for their words to be
 * compared: stems meet more forms than words do, but a word may also meet one of another stem
 * (`gunbattle`, `battle`). On the test sets every pair over the threshold has at least 0.84 of it.
 */
const stemOverlapShare = 0.75;
/**
 * The overlap of two versions' content words from which they are one text, lightly edited (a word
 * changed, a clause cut), rather than a retelling: joined into one passage with all its copies.
 */
const lightlyEdited = 0.8;
/**
 * Content words from which a sentence that names nothing is still no stock phrase (`Police asked
 * anyone with information to contact them` has six): see {@link splitStockPhrases}.
 */
const specificWords = 10;

/**
 * The stem a word is indexed by: its first five letters, which meet the forms
 * of a word in languages whose words keep their inflections (`Kosovo`,
 * `Kosova`, `Kosovu`), and English words already trimmed of theirs.
 */
const stemOf = (word: string) => word.slice(0, 5);

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

/** A sentence's content words ({@link contentWords}), and their list as one string. */
export interface SentenceWords {
  content: string[];
  key: string;
}

/** Reads a sentence of a language: its content words. */
export type SentenceReader = (sentence: string, lang?: string) => SentenceWords;

/**
 * A reader of sentences' content words that reads each text once per
 * language (a wire copy's sentences are the same text), whoever asks:
 * the build reads an archive's sentences as its articles are drafted,
 * then compares them with the same reader. `knownNames` as for
 * {@link findSharedPassages}.
 */
export function sentenceReader(knownNames?: NameKeys): SentenceReader {
  const byLanguage = new Map<string | undefined, Map<string, SentenceWords>>();
  return (sentence, lang) => {
    let ofLanguage = byLanguage.get(lang);
    if (!ofLanguage) byLanguage.set(lang, (ofLanguage = new Map()));
    let read = ofLanguage.get(sentence);
    if (!read) {
      const content = [...contentWords(sentence, lang, knownNames)];
      ofLanguage.set(sentence, (read = { content, key: content.join(' ') }));
    }
    return read;
  };
}

/**
 * The passages that sentences of two or more of `sources` share; members in
 * the order of `sources`. `knownNames` are the names the archive knows (its
 * glossary's, from `nameKeys`): a sentence that opens with one names it
 * ({@link sentenceNames}); `read` reads sentences with them, and may have
 * read some already.
 */
export function findSharedPassages(
  sources: PassageSource[],
  options: PassageOptions = defaultPassageOptions,
  knownNames?: NameKeys,
  read: SentenceReader = sentenceReader(knownNames),
): SharedPassage[] {
  // Reports in two languages share names, not passages: `Die NATO verstärkt ihre Friedenstruppe KFOR im
  // Kosovo` and `NATO peacekeeping forces - KFOR, are stationed in Kosovo` share only these three words.
  // A report without `lang` is English, as its words are read ({@link contentWords}).
  const languages = sources.map((source) => writtenLanguage(source.lang) ?? 'en');
  const inOtherLanguages = (a: number, b: number) => languages[a] !== languages[b];
  const members: PassageMember[] = [];
  const texts: string[][] = [];
  const sentences: string[] = [];
  const articleOf: number[] = [];
  // A sentence whose content words another already has (a wire copy) joins it at once, unread.
  const firstWithWords = new Map<string, number>();
  const sameAs: number[] = [];
  sources.forEach((source, articleIndex) => {
    source.sentences.forEach((sentence, position) => {
      const { content, key } = read(sentence, source.lang);
      if (content.length < options.minWords) return;
      const first = firstWithWords.get(key);
      if (first === undefined) firstWithWords.set(key, members.length);
      sameAs.push(first ?? -1);
      members.push({ article: source.article, sentence: position });
      texts.push(first === undefined ? content : []);
      sentences.push(sentence);
      articleOf.push(articleIndex);
    });
  });

  // Each version's stems as numbers, all in one array (a version's from stemStart[item] to
  // stemStart[item + 1]: a candidate's are read from where they lie, not through an object of
  // their own); and how many versions have each stem.
  const stemNumbers = new Map<string, number>();
  const stemStart = new Int32Array(members.length + 1);
  const stemList: number[] = [];
  const versionsWithStem: number[] = [];
  for (let item = 0; item < members.length; item++) {
    stemStart[item] = stemList.length;
    if (sameAs[item] !== -1) continue;
    const numbers = new Set<number>();
    for (const word of texts[item] as string[]) {
      const stem = stemOf(word);
      let number = stemNumbers.get(stem);
      if (number === undefined) stemNumbers.set(stem, (number = stemNumbers.size));
      numbers.add(number);
    }
    for (const number of numbers) {
      stemList.push(number);
      versionsWithStem[number] = (versionsWithStem[number] ?? 0) + 1;
    }
  }
  stemStart[members.length] = stemList.length;
  const stems = Int32Array.from(stemList);
  // Each version's stems rarest first, the order it is looked up and indexed in.
  const rarestFirst = (a: number, b: number) =>
    (versionsWithStem[a] as number) - (versionsWithStem[b] as number) || a - b;
  const stemsOf = (item: number) => stems.subarray(stemStart[item], stemStart[item + 1]);
  for (let item = 0; item < members.length; item++) stemsOf(item).sort(rarestFirst);

  // The names of a sentence, read when it is first checked against another: most never are.
  const names: (string[] | undefined)[] = [];
  const namesOf = (item: number) => (names[item] ??= sentenceNames(sentences[item] as string, knownNames));

  const parent = Int32Array.from(members, (_, item) => (sameAs[item] === -1 ? item : (sameAs[item] as number)));
  // The versions kept under each stem, by its number.
  const index: number[][] = Array.from({ length: stemNumbers.size }, () => []);
  // The version each was last compared with: two versions may share several stems, and meet under each.
  const comparedBy = new Int32Array(members.length).fill(-1);
  // The version whose stems are being looked up marks them, so that a candidate's are counted in one pass.
  const markedBy = new Int32Array(stemNumbers.size).fill(-1);
  // Pairs of versions that retell one another, flat: [a, b, a, b, …].
  const retellings: number[] = [];
  const leastStemOverlap = options.threshold * stemOverlapShare;
  for (let item = 0; item < members.length; item++) {
    if (sameAs[item] !== -1) continue;
    const own = stemsOf(item);
    for (const stem of own) markedBy[stem] = item;
    let compared = 0;
    for (const stem of own) {
      const kept = index[stem] as number[];
      for (const other of kept) {
        if (compared >= comparedPerVersion) break;
        if (comparedBy[other] === item || articleOf[other] === articleOf[item]) continue;
        if (inOtherLanguages(articleOf[other] as number, articleOf[item] as number)) continue;
        comparedBy[other] = item;
        compared++;
        if (find(parent, other) === find(parent, item)) continue;
        // Stems overlap at most as much as the shorter list allows: a run-on "sentence" of thousands
        // of words is not counted through against every sentence that meets it.
        const theirStart = stemStart[other] as number;
        const theirCount = (stemStart[other + 1] as number) - theirStart;
        if ((2 * Math.min(own.length, theirCount)) / (own.length + theirCount) < leastStemOverlap) continue;
        let shared = 0;
        for (let at = theirStart; at < theirStart + theirCount; at++)
          if (markedBy[stems[at] as number] === item) shared++;
        const stemOverlap = (2 * shared) / (own.length + theirCount);
        if (shared < leastSharedStems || stemOverlap < leastStemOverlap) continue;
        if (namesDisagree(namesOf(item), namesOf(other))) continue;
        const overlap = wordOverlap(texts[item] as string[], texts[other] as string[], options.threshold);
        if (overlap >= lightlyEdited) parent[find(parent, item)] = find(parent, other);
        else if (overlap >= options.threshold) retellings.push(item, other);
      }
      if (kept.length < keptPerStem) kept.push(item);
    }
  }
  // A sentence is more than a stock phrase when it is long, when it names something, or when it has
  // no letter with a case (a script without capitals: a name cannot be told in it).
  const specific = (item: number) => {
    const version = sameAs[item] === -1 ? item : (sameAs[item] as number);
    return (
      (texts[version] as string[]).length >= specificWords ||
      namesOf(version).length > 0 ||
      !/[\p{Lu}\p{Ll}]/u.test(sentences[version] as string)
    );
  };
  return passagesOf(members, articleOf, (item) => find(parent, item), retellings, specific);
}

/**
 * The passages: the sentences of each group the union-find made, and the
 * groups that retell it (`retellings`, pairs of sentences), but for stock
 * phrases between unrelated reports ({@link splitStockPhrases}: `specific`
 * tells which sentences are more than one); only those whose sentences, with
 * their retellings', are in two articles or more.
 */
function passagesOf(
  members: PassageMember[],
  articleOf: number[],
  groupOf: (item: number) => number,
  retellings: number[],
  specific: (item: number) => boolean,
): SharedPassage[] {
  const found = new Map<number, number[]>();
  for (let item = 0; item < members.length; item++) {
    const root = groupOf(item);
    const group = found.get(root);
    if (group) group.push(item);
    else found.set(root, [item]);
  }
  const split = splitStockPhrases(found, retellings, groupOf, articleOf, specific);
  const groups = split.groups;
  const retold = new Map<number, Set<number>>();
  for (let at = 0; at < split.retellings.length; at += 2) {
    const [a, b] = [split.retellings[at] as number, split.retellings[at + 1] as number];
    if (a === b) continue;
    for (const [one, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = retold.get(one);
      if (set) set.add(other);
      else retold.set(one, new Set([other]));
    }
  }
  const articlesOf = (root: number) => (groups.get(root) as number[]).map((item) => articleOf[item]);
  const shared = [...groups.keys()].filter(
    (root) => new Set([root, ...(retold.get(root) ?? [])].flatMap(articlesOf)).size > 1,
  );
  const place = new Map(shared.map((root, at) => [root, at]));
  return shared.map((root) => ({
    members: (groups.get(root) as number[]).map((item) => members[item] as PassageMember),
    retoldBy: [...(retold.get(root) ?? [])].flatMap((other) => place.get(other) ?? []),
  }));
}
