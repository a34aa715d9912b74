import { foldScriptCharacter } from './fold-script.ts';
import { unspacedLetter } from './unspaced-letters.ts';

/**
 * A text read once as the tries of names and phrases compare it: character
 * by character, each folded with {@link foldScriptCharacter} (a run of white
 * space is one character, folded to a space), and each offset classed as
 * part of a word or of white space. The name matcher and the role-phrase
 * finder walk their tries from every word start of every text of every
 * article: reading the text once, for both, costs a fraction of folding each
 * character again at each step of each walk.
 */
export interface FoldedCharacters {
  /** Each character's folding: usually one letter; none for a combining mark, several for `ß` or `љ`. */
  folded: string[];
  /** Where each character ends in the text. */
  ends: Int32Array;
  /** For each offset of the text, the character that holds it (a white-space run's offsets all hold the run). */
  at: Int32Array;
  /**
   * For each offset: 1 if its character is a letter, digit or combining mark; 2 if it is a letter of
   * a script written without spaces ({@link unspacedLetter}), beside which any word may begin or end.
   */
  word: Uint8Array;
  /** For each offset: 1 if it is white space. */
  space: Uint8Array;
}

/** The class in `word` of a letter written without spaces. */
const unspaced = 2;
/** The first code point that may be a letter written without spaces (`々`). */
const firstUnspaced = 0x3005;

/** Letters, digits and combining marks make up words; anything else separates them. */
export const wordCharacter = /[\p{L}\p{N}\p{M}]/u;
const whiteSpace = /\s/;
const combiningMark = /\p{M}/u;

/** Whether each ASCII character is a word character, and what it folds to: nearly every character of an article is ASCII. */
const asciiWord = Uint8Array.from({ length: 128 }, (_, code) =>
  wordCharacter.test(String.fromCharCode(code)) ? 1 : 0,
);
const asciiFolded = Array.from({ length: 128 }, (_, code) => foldScriptCharacter(String.fromCharCode(code)));

let lastText: string | undefined;
let lastFolded: FoldedCharacters | undefined;

/**
 * The text's characters folded and classed. The last text's reading is kept:
 * the matcher and the phrase finder read the same text one after the other.
 */
export function foldedCharacters(text: string): FoldedCharacters {
  if (text === lastText && lastFolded) return lastFolded;
  const length = text.length;
  const folded: string[] = [];
  const ends = new Int32Array(length);
  const at = new Int32Array(length);
  const word = new Uint8Array(length);
  const space = new Uint8Array(length);
  let position = 0;
  while (position < length) {
    const code = text.charCodeAt(position);
    const index = folded.length;
    if (code < 128 && code !== 32 && (code < 9 || code > 13)) {
      word[position] = asciiWord[code] ?? 0;
      at[position] = index;
      folded.push(asciiFolded[code] ?? '');
      ends[index] = ++position;
    } else if (whiteSpace.test(text[position] ?? '')) {
      while (position < length && whiteSpace.test(text[position] ?? '')) {
        space[position] = 1;
        at[position++] = index;
      }
      folded.push(' ');
      ends[index] = position;
    } else {
      const character = String.fromCodePoint(text.codePointAt(position) ?? 0);
      // A combining mark is of its letter's class: a voiced kana's mark is no word of its own.
      const isWord = !wordCharacter.test(character)
        ? 0
        : // No letter written without spaces comes before U+3005 (`々`): most text is not tested.
          code >= firstUnspaced && unspacedLetter.test(character)
          ? unspaced
          : combiningMark.test(character) && position > 0
            ? word[position - 1] || 1
            : 1;
      for (const end = position + character.length; position < end; position++) {
        word[position] = isWord;
        at[position] = index;
      }
      folded.push(foldScriptCharacter(character));
      ends[index] = position;
    }
  }
  lastText = text;
  lastFolded = { folded, ends, at, word, space };
  return lastFolded;
}

/** The node of a character trie that a character's folding leads to from `node`, if any. */
export function followFolded<Node extends { next: Map<string, Node> }>(
  node: Node | undefined,
  folded: string,
): Node | undefined {
  if (folded.length === 1) return node?.next.get(folded);
  for (const character of folded) node = node?.next.get(character);
  return node;
}

/** Whether two characters' classes (of `word`) part words: one is no word character, or a letter written without spaces. */
const partsWords = (before: number, after: number) => !before || !after || before === unspaced || after === unspaced;

/**
 * Whether a word starts at `position`: no word character just before it, or
 * a letter written without spaces on either side (`瓦尔加` in `市长瓦尔加表示`);
 * and no white space at it.
 */
export function isWordStartAt({ word, space }: FoldedCharacters, position: number): boolean {
  return (position === 0 || partsWords(word[position - 1] ?? 0, word[position] ?? 0)) && !space[position];
}

/** Whether a word may end at `position`: the text ends there, or the characters on either side part words. */
export function isWordEndAt({ word }: FoldedCharacters, position: number): boolean {
  return position >= word.length || partsWords(word[position - 1] ?? 0, word[position] ?? 0);
}
