import { foldText, isAcronym } from './fold.ts';
import { functionWords } from './function-words.ts';
import { isBodyWord } from './guess-kind.ts';
import { titleLengthAt } from './titles.ts';

/** A run of capitalised words in a text that may name a person or a body. */
export interface NameSpan {
  /** The name as written, without a title before it or a possessive `'s` after it. */
  text: string;
  /** Offset of its first character in the text. */
  start: number;
  /** Offset just after its last character. */
  end: number;
  /** A personal title stood just before it: `Gen.`, `President`, `spokesman`. */
  titled: boolean;
  /** It followed a word that places usually follow: `in`, `near`, `village of`. */
  afterPlaceWord: boolean;
  /** The acronym written in brackets just after it: `European Union Rule of Law Mission (EULEX)`. */
  acronym?: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** It ended in a possessive `'s`, left out of `text` and `end`. */
  possessive: boolean;
}

/** A word, with inner hyphens, apostrophes, dots and ampersands (`Co-operation`, `O’Brien`, `U.S`, `AT&T`). */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/gu;

/** Abbreviations whose full stop does not end a name: titles and initials. */
const abbreviation = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Jr|Sr)$|^(?:\p{L}\.)+\p{L}$/u;

/** Lower-case words a name may hold between capitalised ones: `Rule of Law`, `Mission in Kosovo`. */
const connectors = new Set(['of', 'for', 'in', 'on', 'the', 'de', 'da', 'del', 'la', 'von', 'van', 'der', 'bin', 'al']);

/** English connectors: in another language's text, `in` and `on` are its own words (`Journalisten in Pristina`). */
const englishConnectors = new Set(['of', 'for', 'in', 'on', 'the']);

/** Connectors that join a place to a body only: `Mission in Kosovo`, `Embassy in Belgrade`, not `BBC in Pristina`. */
const placeConnectors = new Set(['in', 'on']);

/** Words that start sentences, and so end a run after `U.S.` or `U.K.`. */
const sentenceWords: ReadonlySet<string> = new Set([
  ...functionWords,
  'however',
  'meanwhile',
  'moreover',
  'instead',
  'still',
  'also',
  'yet',
  'but',
  'and',
  'so',
  'now',
  'then',
  'there',
  'here',
]);

/** Titles that are, in lower case, adjectives or common nouns too: `the major Kosovo-Serb party`. */
const adjectives: ReadonlySet<string> = new Set([
  'major',
  'general',
  'chief',
  'head',
  'deputy',
  'leader',
  'official',
  'father',
]);

/** Words after which a name is usually a place. */
const placeWords = /(?:\b(?:in|near|at|outside)|\b(?:village|town|city|municipality|region) of)\s+(?:the\s+)?$/iu;

/**
 * Finds the runs of capitalised words in a text that may name people and
 * bodies: a heuristic that needs no model. Words join while only a space
 * separates them (any punctuation but a title's or an initial's full stop
 * ends a run); lower-case connectors join them inside (`of`, `for`, `in`,
 * `the`; `and` once the run holds `of` or `for`, as in `Organization for
 * Security and Co-operation in Europe`; `in` and `on` only after a word for a
 * body or in a name with `of` or `for`, as in `Mission in Kosovo`; the English
 * ones only in `english` text). A possessive ends a run except inside
 * a name with `of` (`Princess of Wales's Royal Regiment`). Function words at a
 * run's start (`The`, `But`) and titles (`Gen.`, `President`, `Secretary of
 * State`) are cut off, the title noted. An ordinal joins the words after it
 * (`1st Battalion`). Single capitalised words are returned too: the caller
 * decides what they are.
 */
export function findNameSpans(text: string, english = true): NameSpan[] {
  const tokens = tokenize(text);
  const spans: NameSpan[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!startsName(tokens, index)) {
      index++;
      continue;
    }
    let last = index;
    let hasOf = false;
    while (last + 1 < tokens.length) {
      const current = tokens[last] as Token;
      if (!joined(text, current, tokens[last + 1] as Token)) break;
      if (current.possessive && !hasOf) break;
      // `… led by the EU and the U.S. However, …`: a dotted acronym may end a sentence.
      if (/\p{L}\.\p{L}\.$/u.test(current.text) && sentenceWords.has(foldText((tokens[last + 1] as Token).text))) break;
      // Connectors may run (`Office of the Prime Minister`); the run must end in a capitalised word.
      let next = last + 1;
      while (
        next < tokens.length &&
        isConnector(tokens[next] as Token, tokens[next - 1] as Token, hasOf, english) &&
        joined(text, tokens[next - 1] as Token, tokens[next] as Token)
      )
        next++;
      if (
        next >= tokens.length ||
        !joined(text, tokens[next - 1] as Token, tokens[next] as Token) ||
        !isCapitalised(tokens[next] as Token)
      )
        break;
      for (let inner = last + 1; inner < next; inner++)
        if (/^(?:of|for)$/.test(tokens[inner]?.text ?? '')) hasOf = true;
      last = next;
    }
    spans.push(...cut(text, tokens.slice(index, last + 1)));
    index = last + 1;
  }
  return spans;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    let word = match[0];
    const start = match.index;
    const possessive = /['’]s$/u.test(word);
    if (possessive) word = word.slice(0, -2);
    // A title's or an initial's full stop belongs to it; any other ends the sentence.
    if (text[start + word.length] === '.' && abbreviation.test(word) && !possessive) word += '.';
    tokens.push({ text: word, start, end: start + word.length, possessive });
  }
  return tokens;
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

function startsName(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (isCapitalised(token)) return true;
  // An ordinal before a capitalised word: `1st Battalion`.
  const next = tokens[index + 1];
  return /^\d+(?:st|nd|rd|th)$/u.test(token.text) && next !== undefined && isCapitalised(next);
}

function isConnector(token: Token, before: Token, hasOf: boolean, english: boolean): boolean {
  if (!english && englishConnectors.has(token.text)) return false;
  if (placeConnectors.has(token.text)) return hasOf || isBodyWord(foldText(before.text));
  return connectors.has(token.text) || (hasOf && token.text === 'and');
}

/** Two words are one name's only when plain spaces (no line break) separate them. */
function joined(text: string, before: Token, after: Token): boolean {
  const between = text.slice(before.end + (before.possessive ? 2 : 0), after.start);
  return /^[ \u00a0]+$/u.test(between);
}

/** Cuts leading function words and titles off a run; splits it after its last title. */
function cut(text: string, run: Token[]): NameSpan[] {
  let tokens = run;
  while (
    tokens.length > 0 &&
    functionWords.has(foldText((tokens[0] as Token).text)) &&
    !isAcronym((tokens[0] as Token).text)
  ) {
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return [];
  const words = tokens.map((token) => token.text);
  // The last title that a name follows splits the run: `Serbian President | Aleksandar Vučić`.
  for (let index = words.length - 1; index >= 0; index--) {
    const length = titleLengthAt(words, index);
    if (length === 0 || index + length >= words.length) continue;
    const rest = words.slice(index + length);
    if (!looksLikePersonalName(rest)) continue;
    // `Prime Minister` is found as `Minister` first: take the longest title that ends where this one does.
    let start = index;
    for (let back = 1; back <= 2 && index - back >= 0; back++) {
      if (titleLengthAt(words, index - back) === length + back) start = index - back;
    }
    const before = start > 0 ? cut(text, tokens.slice(0, start)) : [];
    return [...before, span(text, tokens.slice(index + length), true)];
  }
  // A run that ends in a title names an office, not its holder: `US National Security Adviser`.
  for (let index = 0; index < words.length; index++) {
    const length = titleLengthAt(words, index);
    if (length > 0 && index + length === words.length) return [];
  }
  const previous = text.slice(Math.max(0, (tokens[0] as Token).start - 40), (tokens[0] as Token).start);
  const lowerTitle = /([\p{Ll}-]+)\s+$/u.exec(previous)?.[1];
  const titled = lowerTitle !== undefined && !adjectives.has(lowerTitle) && titleLengthAt([lowerTitle], 0) === 1;
  return [span(text, tokens, titled)];
}

/** A name a title may stand before: one to four capitalised words, no connector (`General Staff of …` is not). */
function looksLikePersonalName(words: string[]): boolean {
  return words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word)) && !isAcronym(words.join(' '));
}

function span(text: string, tokens: Token[], titled: boolean): NameSpan {
  const first = tokens[0] as Token;
  const last = tokens.at(-1) as Token;
  const found: NameSpan = {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    titled,
    afterPlaceWord: placeWords.test(text.slice(Math.max(0, first.start - 30), first.start)),
  };
  const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{N}&.-]+)\)/u.exec(text.slice(last.end + (last.possessive ? 2 : 0)))?.[1];
  if (acronym && !last.possessive && isAcronym(acronym)) found.acronym = acronym;
  return found;
}
