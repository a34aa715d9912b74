import { foldScriptText } from '../text/fold-script.ts';
import {
  type FoldedCharacters,
  foldedCharacters,
  followFolded,
  isWordEndAt,
  isWordStartAt,
} from '../text/folded-characters.ts';

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
    const characters = foldedCharacters(text);
    const hits: PhraseHit<T>[] = [];
    let position = 0;
    while (position < text.length) {
      const hit = isWordStartAt(characters, position) ? longestAt(root, characters, position, accept) : undefined;
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
  characters: FoldedCharacters,
  start: number,
  accept: (start: number, end: number) => boolean,
): PhraseHit<T> | undefined {
  const { folded, ends: characterEnds, at } = characters;
  const ends: PhraseHit<T>[] = [];
  let node: TrieNode<T> | undefined = root;
  for (let index = at[start] ?? folded.length; node && index < folded.length; index++) {
    node = followFolded(node, folded[index] ?? '');
    const position = characterEnds[index] ?? 0;
    // A phrase that ends in a letter or digit must not run on into a word; `alliance’s` is fine.
    if (node && node.values.length > 0 && isWordEndAt(characters, position))
      ends.push({ start, end: position, values: node.values });
  }
  // Few phrases end inside one another, so trying them longest first costs little.
  return ends.reverse().find((hit) => accept(hit.start, hit.end));
}
