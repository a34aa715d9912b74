import { isBodyWord } from '../text/guess-kind.ts';
import { foldText, isAcronym } from '../text/fold.ts';
import { foldScriptCharacter, foldScriptText } from '../text/fold-script.ts';
import {
  type FoldedCharacters,
  foldedCharacters,
  followFolded,
  isWordEndAt,
  isWordStartAt,
  wordCharacter,
} from '../text/folded-characters.ts';
import {
  casesAfterApostrophe,
  type InflectingLanguage,
  type Inflection,
  inflectingLanguage,
  inflectingLanguages,
  wordInflections,
} from '../text/inflection.ts';
import { latinize } from '../text/transliterate.ts';

/** One alias of one entity, as the matcher is built from. */
export interface AliasEntry {
  /** The entity's id. */
  entity: string;
  /** The alias as the glossary writes it. */
  alias: string;
}

/** A mention found in a text. */
export interface Match {
  entity: string;
  /** Offset of the mention's first character in the text. */
  start: number;
  /** Offset just after its last character (a possessive `'s` is left outside). */
  end: number;
  /**
   * Whether a case ending took the name from its form in the glossary to another case than the
   * subject's (`Vučića` for `Vučić`; not Albanian's definite `Vuçiqi` for `Vuçiq`, the subject's
   * too), or one is written after it (Turkish `Vucic'in`): such a name is no subject.
   */
  inflected?: true;
}

/**
 * Finds every mention in a text written in `lang` (the article's BCP 47 tag):
 * in Serbian, Croatian, Bosnian, German, Russian and Albanian, names also
 * match in their case forms; in any other language or none, only as the
 * glossary writes them. In Turkish, a name with a case ending after an
 * apostrophe (`Kurti'ye`) is marked as in another case.
 */
export type Matcher = (text: string, lang?: string) => Match[];

/** Options of {@link compileMatcher}. */
export interface MatcherOptions {
  /** Whether names match in their case forms in the languages that have them. Default: `true`. */
  inflect?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /**
   * Aliases that end here, with the whitespace-normalised, Latin form acronyms must equal, and which
   * of their words must not be written in lower case ({@link capitalWords}).
   */
  ends: { entity: string; exact?: string; capitals?: boolean[] }[];
  /** Where a stem of a word ends: the endings that may follow it, and the node after the whole word. */
  inflected?: Inflected[];
}

interface Inflected {
  language: InflectingLanguage;
  /** Whether the endings leave the word in the subject's case ({@link Inflection.subject}). */
  subject: boolean;
  /** Folded endings, the word's own ending left out (the trie holds that one). */
  endings: Set<string>;
  /** The length of the longest ending, in folded characters. */
  longest: number;
  /** The node after the word as the glossary writes it. */
  to: TrieNode;
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });

/**
 * Compiles aliases into a matcher that finds all of them in one left-to-right
 * pass over a text, however many aliases there are.
 *
 * Aliases are folded into a character trie ({@link foldScriptCharacter}:
 * Cyrillic as Latin); at each word start the text is walked down the trie,
 * and the longest alias that ends on a word boundary wins (`Kosovo Force`
 * over `Kosovo`). Acronyms must also equal the text exactly (Cyrillic read as
 * Latin); other aliases match in any case, in either script and with or
 * without diacritics. Runs of white space match one space. Matches do not
 * overlap.
 *
 * Case forms: where a word of an alias may change its ending in a language
 * ({@link wordInflections}), the trie node at the end of its stem records the
 * endings and the node after the whole word. Walking a text in that language,
 * the rest of a text word that is one of those endings jumps to that node, so
 * `Srpskoj listi` reaches the end of `Srpska lista`. Acronyms never inflect.
 *
 * The cost is the text's length times the longest alias (times the few
 * endings of each word), whatever the number of aliases.
 */
export function compileMatcher(entries: Iterable<AliasEntry>, options: MatcherOptions = {}): Matcher {
  const inflect = options.inflect ?? true;
  const root = newNode();
  for (const { entity, alias } of entries) {
    const acronym = isAcronym(alias);
    const words = alias.trim().split(/\s+/);
    let node = root;
    words.forEach((word, index) => {
      if (index > 0) node = child(node, ' ');
      const folded = foldScriptText(word);
      const path = [node];
      for (const character of folded) path.push((node = child(node, character)));
      if (!inflect || acronym || isAcronym(word)) return;
      for (const language of inflectingLanguages) {
        for (const inflection of wordInflections(language, folded, index === words.length - 1)) {
          const stem = folded.slice(0, folded.length - inflection.cut);
          addInflected(path[Array.from(stem).length] ?? node, language, inflection, folded.slice(stem.length), node);
        }
      }
    });
    const exact = acronym ? latinize(normaliseSpace(alias)) : undefined;
    const capitals = acronym ? undefined : capitalWords(words);
    node.ends.push({ entity, ...(exact === undefined ? {} : { exact }), ...(capitals ? { capitals } : {}) });
  }

  return (text, lang) => {
    const language = inflectingLanguage(lang);
    const apostropheCase = casesAfterApostrophe(lang);
    const characters = foldedCharacters(text);
    const matches: Match[] = [];
    let position = 0;
    while (position < text.length) {
      const match = isWordStartAt(characters, position)
        ? longestAt(root, text, characters, position, language)
        : undefined;
      if (match) {
        matches.push(apostropheCase && caseEndingAt(text, match.end) ? { ...match, inflected: true } : match);
        position = match.end;
      } else {
        position += codePointLength(text, position);
      }
    }
    return matches;
  };
}

/** Whether a case ending follows at `position` after an apostrophe: `'in` in `Vucic'in`. */
function caseEndingAt(text: string, position: number): boolean {
  return /^['’]\p{L}/u.test(text.slice(position, position + 2));
}

function child(node: TrieNode, character: string): TrieNode {
  let next = node.next.get(character);
  if (!next) node.next.set(character, (next = newNode()));
  return next;
}

/** Records at a stem's node that an inflection's endings may follow it in `language`, in place of the word's own `ending`. */
function addInflected(
  stem: TrieNode,
  language: InflectingLanguage,
  inflection: Inflection,
  ending: string,
  to: TrieNode,
): void {
  const subject = inflection.subject === true;
  const others = inflection.endings.filter((candidate) => candidate !== ending);
  if (others.length === 0) return;
  const inflected = (stem.inflected ??= []);
  // Aliases that share a word share its record, so each node keeps a handful however many aliases there are.
  let record = inflected.find(
    (candidate) => candidate.language === language && candidate.to === to && candidate.subject === subject,
  );
  if (!record) inflected.push((record = { language, subject, endings: new Set(), longest: 0, to }));
  for (const other of others) {
    record.endings.add(other);
    record.longest = Math.max(record.longest, other.length);
  }
}

/** A match found by one walk, and whether a case ending took it there. */
interface Found {
  match: Match;
  inflected: boolean;
}

/** How a walk got to a node: whether a case ending took it there, and one of another case than the subject's. */
interface Endings {
  inflected: boolean;
  oblique: boolean;
}

const asWritten: Endings = { inflected: false, oblique: false };

/**
 * The longest alias that starts at `start` and ends on a word boundary; in an
 * inflecting language, its words may also end in a case ending. Of two
 * matches of one length, the one as the glossary writes it wins.
 */
function longestAt(
  root: TrieNode,
  text: string,
  characters: FoldedCharacters,
  start: number,
  language: InflectingLanguage | undefined,
): Match | undefined {
  let best: Found | undefined;
  const consider = (node: TrieNode, position: number, { inflected, oblique }: Endings): void => {
    // An alias that ends in a letter or digit must not run on into a word (`NATO` in `NATOs`); `NATO’s` is fine.
    if (node.ends.length === 0 || !isWordEndAt(characters, position)) return;
    if (best && (position < best.match.end || (position === best.match.end && (inflected || !best.inflected)))) return;
    let surface: string | undefined;
    let written: string[] | undefined;
    const end = node.ends.find(
      (candidate) =>
        (candidate.exact === undefined ||
          candidate.exact === (surface ??= latinize(normaliseSpace(text.slice(start, position))))) &&
        (candidate.capitals === undefined ||
          !writtenInLowerCase(candidate.capitals, (written ??= text.slice(start, position).trim().split(/\s+/)))),
    );
    if (end) {
      best = {
        match: { entity: end.entity, start, end: position, ...(oblique ? { inflected: true as const } : {}) },
        inflected,
      };
    }
  };
  const { folded, ends, at } = characters;
  const walk = (from: TrieNode, position: number, endings: Endings): void => {
    let node: TrieNode | undefined = from;
    let index = position < text.length ? (at[position] ?? folded.length) : folded.length;
    while (node) {
      if (language && node.inflected) {
        for (const record of node.inflected) {
          if (record.language !== language) continue;
          const end = endingEnd(text, position, record);
          if (end !== undefined) {
            const after = { inflected: true, oblique: endings.oblique || !record.subject };
            consider(record.to, end, after);
            walk(record.to, end, after);
          }
        }
      }
      if (index >= folded.length) return;
      node = followFolded(node, folded[index] ?? '');
      position = ends[index] ?? text.length;
      index++;
      if (node) consider(node, position, endings);
    }
  };
  walk(root, start, asWritten);
  return best?.match;
}

/**
 * Where the text word that goes on at `position` ends, if its rest is one of
 * a record's endings; `undefined` if it is not, or runs on longer than any.
 */
function endingEnd(text: string, position: number, record: Inflected): number | undefined {
  let end = position;
  let folded = '';
  while (end < text.length) {
    const character = String.fromCodePoint(text.codePointAt(end) ?? 0);
    if (!wordCharacter.test(character)) break;
    folded += foldScriptCharacter(character);
    if (folded.length > record.longest) return undefined;
    end += character.length;
  }
  return record.endings.has(folded) ? end : undefined;
}

/**
 * Which words of an alias the glossary writes with a capital, of which a
 * text must write at least one so (`Banjska monastery`, `Ibar river`, `von
 * der Leyen`), so that `fine china` is not `China`. None in the name of a
 * body with a word for one (`Police`, `Ministry`): news style writes those in
 * lower case and means the body (`the Kosovo police`, `the interior ministry`,
 * Serbian `kosovska policija`). `undefined` when there are none.
 */
function capitalWords(words: string[]): boolean[] | undefined {
  if (words.some((word) => isBodyWord(foldText(word)))) return undefined;
  const capitals = words.map((word) => /^\p{Lu}/u.test(word));
  return capitals.includes(true) ? capitals : undefined;
}

/** Whether a text writes in lower case every word its alias writes with a capital. */
function writtenInLowerCase(capitals: boolean[], written: string[]): boolean {
  return capitals.every((capital, index) => !capital || /^\p{Ll}/u.test(written[index] ?? ''));
}

function codePointLength(text: string, position: number): number {
  return (text.codePointAt(position) ?? 0) > 0xffff ? 2 : 1;
}

function normaliseSpace(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
