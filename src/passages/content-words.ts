/**
 * The words that carry a sentence's facts, for comparing passages across
 * reports: lower case, accents folded, Cyrillic in Latin letters, function
 * words of the sentence's language dropped (`function-words.ts`), and in
 * English number words as digits and inflections trimmed, so that "Three
 * attackers were killed" and "the killing of 3 attackers" share `3`,
 * `attack`, `kill`. In other languages words keep their inflections: the
 * comparison of their four-letter pieces meets most of them. Chinese and
 * Japanese, written without spaces, are read in overlapping pairs of letters
 * (`cjk-pieces.ts`).
 */
import { withoutFormatCharacters } from '../text/format-characters.ts';
import { latinize } from '../text/transliterate.ts';
import { cjkPieces, hasCjk, isCjkPiece } from './cjk-pieces.ts';
import { type PassageLanguage, passageLanguage } from './function-words.ts';

/**
 * Number words as digits. A Map, not an object: a word of the text
 * (`constructor`) must not find what every object inherits.
 */
const numberWords = new Map<string, string>([
  ['one', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['ten', '10'],
  ['eleven', '11'],
  ['twelve', '12'],
  ['twenty', '20'],
  ['thirty', '30'],
  ['hundred', '100'],
  ['dozens', 'dozens'],
]);

/** Trims common English inflections: `attackers` → `attack`, `killed` → `kill`, `increasing` → `increas`. */
function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ers', 'er', 'ies', 'ied', 'ed', 'es', 'ly', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      const base = word.slice(0, -suffix.length);
      return suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
    }
  }
  // A final e goes too, so that `battle` meets `battles` (→ `battl`) and `police` meets `policing`.
  return word.endsWith('e') ? word.slice(0, -1) : word;
}

const word = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const cyrillic = /\p{Script=Cyrillic}/u;

/** The voicing marks of kana, apart from their letter once decomposed (`が` → `か` and `゙`). */
const kanaVoicing = /[\u3099\u309A]/u;

/**
 * Lower case, accents folded, Cyrillic in Latin letters, no invisible format
 * characters: how words are compared, so that a Serbian report and its copy
 * in the other script match, and a word with soft hyphens is one word.
 * Kana keep their voicing marks, put back on their letter: `が` is another
 * letter than `か`, not `か` with an accent.
 */
const fold = (text: string) => {
  const decomposed = withoutFormatCharacters(cyrillic.test(text) ? latinize(text) : text).normalize('NFKD');
  const folded = kanaVoicing.test(decomposed)
    ? decomposed
        .replace(/(?![\u3099\u309A])\p{M}/gu, '')
        // Only kana and their marks are put back together: Hangul stays in its letters, as elsewhere.
        .replace(/[\p{sc=Hiragana}\p{sc=Katakana}][\u3099\u309A]/gu, (kana) => kana.normalize('NFC'))
    : decomposed.replace(/\p{M}/gu, '');
  return folded.toLowerCase();
};

/** Each language's function words, folded, by its key: made when a text in it is first read. */
const foldedFunctionWords = new Map<string, ReadonlySet<string>>();

function functionWordsFolded(language: PassageLanguage): ReadonlySet<string> {
  let words = foldedFunctionWords.get(language.key);
  if (!words) foldedFunctionWords.set(language.key, (words = new Set(language.functionWords.split(' ').map(fold))));
  return words;
}

/** A capitalised word that is no name (`The`, `This` inside a title). */
const englishFunctionWords = functionWordsFolded(passageLanguage('en'));

/** An article or pronoun elided before a word, in French and Italian: `l’`, `d’`, `qu’`. */
const elided = /^(?:[cdjlmnst]|qu|dell|all|dall|nell|sull)['’](?=\p{L})/u;

/** Days and months (English): written with a capital, but a rewrite may turn `Sunday` into `24 September`. */
const calendarWords = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** A name's word as names are compared: folded, without a possessive ending. */
const foldName = (raw: string) => fold(raw).replace(/['’]s$/, '');

/** A word written in capitals only, two letters or more: an acronym (`NATO`, `EU`), a name wherever it stands. */
const acronym = /^\p{Lu}{2,}$/u;

/** The most words of a name a sentence's opening is looked up by: longer names are not looked up. */
const longestName = 6;

/**
 * `names` (the glossary's, with their aliases) as {@link sentenceNames}
 * looks them up at the start of a sentence: each name's words, folded and
 * joined by spaces, and each of its openings, so that a lookup stops at the
 * first word no name opens with.
 */
export function nameKeys(names: Iterable<string>): NameKeys {
  const keys: NameKeys = { names: new Set(), openings: new Set() };
  for (const name of names) {
    const words = Array.from(name.matchAll(word), ([raw]) => foldName(raw));
    if (words.length === 0 || words.length > longestName) continue;
    keys.names.add(words.join(' '));
    for (let count = 1; count < words.length; count++) keys.openings.add(words.slice(0, count).join(' '));
  }
  return keys;
}

/** The names a sentence may open with, from {@link nameKeys}. */
export interface NameKeys {
  names: Set<string>;
  /** The first words of names longer than those words. */
  openings: Set<string>;
}

const noNames: NameKeys = { names: new Set(), openings: new Set() };

/**
 * The names a sentence gives: its words written with a capital, folded, but
 * single letters (`U.S.` gives none), days and months. Its first word has a
 * capital whatever it is, so it counts only as an acronym (`NATO’s`) or when
 * the sentence opens with a whole name of `knownNames`: `Serbia denied …`
 * and `Russia denied …` name different things; `Police said …` names
 * nothing, although `Kosovo Police` is a name.
 * In German, every noun: the check they serve only needs them to agree.
 */
export function sentenceNames(sentence: string, knownNames: NameKeys = noNames): string[] {
  const words = Array.from(withoutFormatCharacters(sentence).matchAll(word), ([raw]) => raw);
  const names = new Set<string>();
  words.forEach((raw, position) => {
    // Not a single letter: the pieces of `U.S.` or an initial are no name of their own.
    if (!/^\p{Lu}/u.test(raw) || raw.length < 2) return;
    const name = foldName(raw);
    if (position === 0 && !acronym.test(raw.replace(/['’]s$/, '')) && !opensWithName(words, knownNames)) return;
    if (!calendarWords.has(name) && !englishFunctionWords.has(name)) names.add(name);
  });
  return [...names];
}

/** Whether the first words of a sentence are one of the names of `knownNames`. */
function opensWithName(words: readonly string[], knownNames: NameKeys): boolean {
  let key = '';
  for (const raw of words.slice(0, longestName)) {
    key = key === '' ? foldName(raw) : `${key} ${foldName(raw)}`;
    if (knownNames.names.has(key)) return true;
    if (!knownNames.openings.has(key)) return false;
  }
  return false;
}

/**
 * A sentence's content words, as a set: what two sentences are compared by.
 * `lang` (the article's BCP 47 tag) says which words are function words;
 * only English words are trimmed of their inflections. A name of several
 * words that `knownNames` holds is one word (`ilse_varga`), so that two
 * sentences about one person do not look alike for her name alone; its last
 * word still meets the name written short (`varga`). Chinese and Japanese
 * are read in pairs of letters ({@link cjkPieces}).
 */
export function contentWords(sentence: string, lang?: string, knownNames?: NameKeys): Set<string> {
  const language = passageLanguage(lang);
  const functionWords = functionWordsFolded(language);
  const folded = fold(sentence);
  // A reporters' formula (`did not immediately respond to a request for comment`) tells no fact.
  const text = language.formulas ? folded.replace(language.formulas, ' ') : folded;
  const raws = Array.from(text.matchAll(word), ([raw]) =>
    language.elision ? raw.replace(elided, '') : raw.replace(/['’]s$/, ''),
  );
  const words = new Set<string>();
  const add = (plain: string) => {
    if (!functionWords.has(plain)) words.add(language.english ? (numberWords.get(plain) ?? stem(plain)) : plain);
  };
  // Only a text with Han or kana letters is read in pieces: any other is read word by word, as before.
  const inPieces = hasCjk(text);
  for (let at = 0; at < raws.length;) {
    const nameLength = knownNames ? knownNameAt(raws, at, knownNames) : 0;
    if (nameLength > 1) {
      words.add(raws.slice(at, at + nameLength).join('_'));
      at += nameLength;
      continue;
    }
    const plain = raws[at++] as string;
    if (inPieces) cjkPieces(plain).forEach(add);
    else add(plain);
  }
  return words;
}

/** How many words, from `at`, the longest of `knownNames` that starts there has; 0 for none. */
function knownNameAt(words: readonly string[], at: number, knownNames: NameKeys): number {
  let key = '';
  let longest = 0;
  for (let count = 1; count <= longestName && at + count <= words.length; count++) {
    key = count === 1 ? (words[at] as string) : `${key} ${words[at + count - 1] as string}`;
    if (knownNames.names.has(key)) longest = count;
    if (!knownNames.openings.has(key)) break;
  }
  return longest;
}

/** The four-letter pieces of one word, padded at both ends. */
export function wordGrams(word: string): Set<string> {
  const padded = `_${word}_`;
  const grams = new Set<string>();
  if (padded.length <= 4) grams.add(padded);
  for (let start = 0; start + 4 <= padded.length; start++) grams.add(padded.slice(start, start + 4));
  return grams;
}

/**
 * Numbers for the pieces of words met so far, so that two words' pieces are
 * compared as numbers: a language has some tens of thousands.
 */
const gramNumbers = new Map<string, number>();
/** The pieces of the words met so far, as sorted numbers: an archive's vocabulary is small beside its sentences. */
const gramsOfWord = new Map<string, Int32Array>();
/** Words whose pieces are kept at most: more than a large archive's common words, few enough to hold for a build. */
const wordsKept = 50_000;

function gramsOf(word: string): Int32Array {
  let grams = gramsOfWord.get(word);
  if (!grams) {
    if (gramsOfWord.size >= wordsKept) gramsOfWord.clear();
    const numbers = Array.from(wordGrams(word), (gram) => {
      let number = gramNumbers.get(gram);
      if (number === undefined) gramNumbers.set(gram, (number = gramNumbers.size));
      return number;
    });
    gramsOfWord.set(word, (grams = Int32Array.from(numbers).sort()));
  }
  return grams;
}

/** Whether two words are close in their pieces (Dice ≥ 0.5): `policeman` and `police`. */
function closeWords(a: string, b: string): boolean {
  const ga = gramsOf(a);
  const gb = gramsOf(b);
  const pieces = ga.length + gb.length;
  // Dice ≥ 0.5 needs the shorter word's pieces to be a quarter of both's at least.
  if (4 * Math.min(ga.length, gb.length) < pieces) return false;
  let both = 0;
  for (let i = 0, j = 0; i < ga.length && j < gb.length;) {
    const x = ga[i] as number;
    const y = gb[j] as number;
    if (x === y) both++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return 4 * both >= pieces;
}

/** The length from which a list of words is looked up in a set, not looked through. */
const longList = 24;

/**
 * How much two sentences' content words overlap, from 0 to 1: the share of
 * the words of both that have a match in the other (the Dice coefficient),
 * a match being the same word or one close in its letters (a compound's
 * part, another form of the stem). Long names weigh no more than short words.
 * It stops once the overlap cannot reach `floor`, and returns then a share
 * below `floor` (the most it could still have been): most pairs compared in
 * an archive are far from it.
 */
export function wordOverlap(a: readonly string[], b: readonly string[], floor = 0): number {
  const words = a.length + b.length;
  if (words === 0) return 0;
  let unmatched = 0;
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    // A sentence has a few content words: looked through, not put in a set; but a Chinese or Japanese
    // sentence has dozens of pairs of letters, and a run-on text thousands of words.
    const inSet = to.length > longList ? new Set(to) : undefined;
    for (const word of from) {
      // A piece of Chinese or Japanese has no close forms: `大雨` and `大水` share a letter, not a word.
      if (
        (inSet ? inSet.has(word) : to.includes(word)) ||
        (!isCjkPiece(word) && to.some((other) => !isCjkPiece(other) && closeWords(word, other)))
      )
        continue;
      // The overlap if every word not yet looked at has a match.
      const most = (words - ++unmatched) / words;
      if (most < floor) return most;
    }
  }
  return (words - unmatched) / words;
}

/** The most pairs of names whose close forms {@link namesDisagree} compares. */
const closeNamesCompared = 400;

/**
 * Whether two sentences are about different people, places or bodies: each
 * names something, and no name of one is the same as, or close to, a name of
 * the other. `The Kremlin did not respond to a request for comment` and `NATO
 * did not respond to …` share every other word, but not their fact.
 */
export function namesDisagree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const inA = new Set(a);
  if (b.some((name) => inA.has(name))) return false;
  // Close forms are compared name by name: a run-on "sentence" of thousands of names would take
  // millions of comparisons, and two sentences naming that many with none the same share no fact.
  if (a.length * b.length > closeNamesCompared) return true;
  return !a.some((name) => b.some((other) => closeWords(name, other)));
}
