import { foldCharacter, foldText, isAcronym } from '../text/fold.ts';

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
}

/** Finds every mention in a text. */
export type Matcher = (text: string) => Match[];

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Aliases that end here, with the whitespace-normalised form acronyms must equal. */
  ends: { entity: string; exact?: string }[];
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });

/** Letters, digits and combining marks make up words; anything else separates them. */
const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/**
 * Compiles aliases into a matcher that finds all of them in one left-to-right
 * pass over a text, however many aliases there are.
 *
 * Aliases are folded into a character trie ({@link foldCharacter}); at each
 * word start the text is walked down the trie, and the longest alias that
 * ends on a word boundary wins (`Kosovo Force` over `Kosovo`). Acronyms must
 * also equal the text exactly; other aliases match in any case and with or
 * without diacritics. Runs of white space match one space. Matches do not
 * overlap. The cost is the text's length times the longest alias, whatever
 * the number of aliases.
 */
export function compileMatcher(entries: Iterable<AliasEntry>): Matcher {
  const root = newNode();
  for (const { entity, alias } of entries) {
    let node = root;
    for (const character of foldText(alias)) {
      let child = node.next.get(character);
      if (!child) node.next.set(character, (child = newNode()));
      node = child;
    }
    const exact = isAcronym(alias) ? normaliseSpace(alias) : undefined;
    node.ends.push(exact === undefined ? { entity } : { entity, exact });
  }

  return (text) => {
    const matches: Match[] = [];
    let position = 0;
    while (position < text.length) {
      const match = isWordStart(text, position) ? longestAt(root, text, position) : undefined;
      if (match) {
        matches.push(match);
        position = match.end;
      } else {
        position += codePointLength(text, position);
      }
    }
    return matches;
  };
}

/** The longest alias that starts at `start` and ends on a word boundary. */
function longestAt(root: TrieNode, text: string, start: number): Match | undefined {
  let node: TrieNode | undefined = root;
  let best: Match | undefined;
  let position = start;
  while (node && position < text.length) {
    let folded: string;
    if (/\s/.test(text[position] ?? '')) {
      folded = ' ';
      while (position < text.length && /\s/.test(text[position] ?? '')) position++;
    } else {
      const character = String.fromCodePoint(text.codePointAt(position) ?? 0);
      folded = foldCharacter(character);
      position += character.length;
    }
    for (const character of folded) node = node?.next.get(character);
    if (!node || node.ends.length === 0 || !isWordEnd(text, position)) continue;
    const surface = normaliseSpace(text.slice(start, position));
    const end = node.ends.find((candidate) => candidate.exact === undefined || candidate.exact === surface);
    if (end) best = { entity: end.entity, start, end: position };
  }
  return best;
}

function isWordStart(text: string, position: number): boolean {
  const before = position === 0 ? '' : String.fromCodePoint(codePointBefore(text, position));
  return !wordCharacter.test(before) && !/\s/.test(text[position] ?? ' ');
}

/** An alias that ends in a letter or digit must not run on into a word (`NATO` in `NATOs`); `NATO’s` is fine. */
function isWordEnd(text: string, position: number): boolean {
  if (position >= text.length) return true;
  const last = String.fromCodePoint(codePointBefore(text, position));
  return !wordCharacter.test(last) || !wordCharacter.test(String.fromCodePoint(text.codePointAt(position) ?? 32));
}

function codePointBefore(text: string, position: number): number {
  const low = text.charCodeAt(position - 1);
  if (low >= 0xdc00 && low <= 0xdfff && position >= 2) return text.codePointAt(position - 2) ?? low;
  return low;
}

function codePointLength(text: string, position: number): number {
  return (text.codePointAt(position) ?? 0) > 0xffff ? 2 : 1;
}

function normaliseSpace(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
