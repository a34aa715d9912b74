/**
 * The words two retellings of a sentence changed, for the compare page: each
 * side's own text, cut into the pieces the other shares and those it does
 * not. Words are compared in Latin letters, so that a Serbian report and its
 * copy in the other script (`Vučić je rekao` and `Вучић је рекао`) change
 * nothing; each side still shows its own script.
 */
import { diffArrays } from 'diff';
import { withoutFormatCharacters } from '../text/format-characters.ts';
import { latinize } from '../text/transliterate.ts';

/** A run of one side's text, and whether the other side lacks it. */
export interface TextPiece {
  text: string;
  changed: boolean;
}

/**
 * Words (with any invisible format characters in or before them: a soft
 * hyphen, a direction mark), runs of whitespace and single other
 * characters: what a change is made of.
 */
const token = /\p{Cf}*[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*(?:['’][\p{L}\p{M}\p{Cf}]+)*|\s+|[^\p{L}\p{M}\p{N}\s]/gu;

/** A token as the other side's is compared with it: in Latin letters, without invisible characters. */
const compared = (token: string) => latinize(withoutFormatCharacters(token));

const tokens = (text: string) => text.match(token) ?? [];

/** Appends `text` to `pieces`, joining it to the last piece when that is changed (or not) alike. */
function append(pieces: TextPiece[], text: string, changed: boolean): void {
  const last = pieces.at(-1);
  if (last && last.changed === changed) last.text += text;
  else pieces.push({ text, changed });
}

/**
 * Sentence `a` and sentence `b` as pieces: in `a`, the words `b` lacks are
 * changed; in `b`, the words `a` lacks. Whitespace between two changed words
 * counts as changed, so that a changed phrase reads as one.
 */
export function wordChanges(a: string, b: string): { a: TextPiece[]; b: TextPiece[] } {
  const from = tokens(a);
  const to = tokens(b);
  const parts = diffArrays(from, to, { comparator: (x, y) => compared(x) === compared(y) });
  const pieces = { a: [] as TextPiece[], b: [] as TextPiece[] };
  let inA = 0;
  let inB = 0;
  for (const part of parts) {
    const count = part.count;
    if (!part.added) {
      append(pieces.a, from.slice(inA, inA + count).join(''), part.removed);
      inA += count;
    }
    if (!part.removed) {
      append(pieces.b, to.slice(inB, inB + count).join(''), part.added);
      inB += count;
    }
  }
  return { a: joinChangedPhrases(pieces.a), b: joinChangedPhrases(pieces.b) };
}

/**
 * Merges a whitespace-only unchanged piece between two changed ones into
 * them, and leaves the spaces at a changed run's ends unchanged: a marked
 * phrase is its words.
 */
function joinChangedPhrases(pieces: TextPiece[]): TextPiece[] {
  const joined: TextPiece[] = [];
  pieces.forEach((piece, position) => {
    const between =
      !piece.changed && /^\s+$/.test(piece.text) && joined.at(-1)?.changed && pieces[position + 1]?.changed;
    if (between || !piece.changed) {
      append(joined, piece.text, Boolean(between));
      return;
    }
    const [, before = '', words = '', after = ''] = /^(\s*)([^]*?)(\s*)$/.exec(piece.text) ?? [];
    if (before) append(joined, before, false);
    if (words) append(joined, words, true);
    if (after) append(joined, after, false);
  });
  return joined;
}
