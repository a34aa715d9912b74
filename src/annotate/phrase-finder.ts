import { foldScriptText, foldedAt } from '../text/fold-script.ts';

/** A phrase found in a text, with the values of every phrase that folds to it. */
export interface PhraseHit<T> {
  /** Offset of its first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
  values: T[];
}

/** Finds phrases in a text; `accept` may refuse a span (a hit that would cut a name in two). */
export type PhraseFinder<T> = (text: string, accept?: (start: number, end: number) => boolean) => PhraseHit<T>[];

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), values: [] });

/** Letters, digits and combining marks make up words; anything else separates them. */
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/**
 * Compiles phrases into a finder that finds all of them in one left-to-right
 * pass over a text, however many there are: the phrases are folded with
 * {@link foldScriptText} (Cyrillic read as Latin) into a character trie, and at each word start the text is
 * walked down it; the longest phrase that ends on a word boundary and that
 * `accept` allows wins. Phrases match in any case, with or without
 * diacritics, with any apostrophe, and runs of white space match one space.
 * Hits do not overlap. Unlike the name matcher, acronyms get no exact-case
 * rule: role phrases are several words long, so `us` alone never matches.
 */
export function compilePhraseFinder<T>(phrases: Iterable<{ phrase: string; value: T }>): PhraseFinder<T> {
  const root = newNode<T>();
  for (const { phrase, value } of phrases) {
    let node = root;
    for (const character of foldScriptText(phrase)) {
      let child = node.next.get(character);
      if (!child) node.next.set(character, (child = newNode()));
      node = child;
    }
    node.values.push(value);
  }

  return (text, accept = () => true) => {
    const hits: PhraseHit<T>[] = [];
    let position = 0;
    while (position < text.length) {
      const hit = isWordStart(text, position) ? longestAt(root, text, position, accept) : undefined;
      if (hit) {
        hits.push(hit);
        position = hit.end;
      } else {
        position += (text.codePointAt(position) ?? 0) > 0xffff ? 2 : 1;
      }
    }
    return hits;
  };
}

/** The longest accepted phrase that starts at `start` and ends on a word boundary. */
function longestAt<T>(
  root: TrieNode<T>,
  text: string,
  start: number,
  accept: (start: number, end: number) => boolean,
): PhraseHit<T> | undefined {
  const ends: PhraseHit<T>[] = [];
  let node: TrieNode<T> | undefined = root;
  let position = start;
  while (node && position < text.length) {
    const { folded, next } = foldedAt(text, position);
    position = next;
    for (const character of folded) node = node?.next.get(character);
    if (node && node.values.length > 0 && isWordEnd(text, position))
      ends.push({ start, end: position, values: node.values });
  }
  // Few phrases end inside one another, so trying them longest first costs little.
  return ends.reverse().find((hit) => accept(hit.start, hit.end));
}

function isWordStart(text: string, position: number): boolean {
  return !wordCharacter.test(characterBefore(text, position)) && !/\s/.test(text[position] ?? ' ');
}

/** A phrase that ends in a letter or digit must not run on into a word; `alliance’s` is fine. */
function isWordEnd(text: string, position: number): boolean {
  if (position >= text.length) return true;
  return (
    !wordCharacter.test(characterBefore(text, position)) ||
    !wordCharacter.test(String.fromCodePoint(text.codePointAt(position) ?? 32))
  );
}

function characterBefore(text: string, position: number): string {
  if (position === 0) return '';
  const low = text.charCodeAt(position - 1);
  if (low >= 0xdc00 && low <= 0xdfff && position >= 2)
    return String.fromCodePoint(text.codePointAt(position - 2) ?? low);
  return String.fromCharCode(low);
}
