/**
 * Which double quotation marks of a paragraph pair up, read as a reader
 * reads them rather than two by two: a quotation inside another in the same
 * marks (`“The so-called “peace plan” is a trap,” Kurti said`) is part of
 * the outer one, not its end; and a straight mark left unpaired by a slip
 * (`Kurti called the talks "over. Later, Vučić said: "We are ready."`) does
 * not pair with the next quotation's opening mark, taking the words between
 * for a quotation and its speaker for theirs. The marks that pair with no
 * other, and those of a quotation inside another, are masked, so that the
 * finder's patterns, which pair each opening mark with the next closing
 * one, meet only the outer quotations and a last one left open.
 * Corner brackets, guillemets and single quotation marks are left as they
 * are: their opening and closing marks differ and are not typed by slip.
 */

/** What a mark is masked with: no quotation mark, letter, space or punctuation the patterns read. */
export const maskedMark = '\u001a';

/** Which way a mark faces, by what stands on either side of it. */
type Facing = 'opening' | 'closing' | 'either';

/**
 * Before an opening mark: the paragraph's start, a space, an opening bracket or a dash. Not a comma
 * or a colon: `"我们不会让步，"瓦尔加说` and `"We won,"Kurti said` close after one, `说："…"` opens.
 */
const beforeOpening = /[\s\p{Ps}\p{Pi}\p{Pd}]/u;
/** After an opening mark, never: a space, a closing bracket, the end of a sentence or clause. */
const notAfterOpening = /[\s\p{Pe}\p{Pf}.,;:!?。，；：！？]/u;
/** Before a closing mark, never: a space, an opening bracket. */
const notBeforeClosing = /[\s\p{Ps}\p{Pi}]/u;
/** After a closing mark: the paragraph's end, a space, punctuation. */
const afterClosing = /[\s\p{P}]/u;

/**
 * Which way a straight mark (`"`) at `at` faces: opening with a space or the
 * paragraph's start before it and a word after it (`said "We`), closing
 * with a word or punctuation before it and a space or punctuation after it
 * (`ready," he`); either, when its sides do not tell (`a"b`).
 */
function straightFacing(text: string, at: number): Facing {
  const before = text[at - 1];
  const after = text[at + 1];
  const opening =
    (before === undefined || beforeOpening.test(before)) && after !== undefined && !notAfterOpening.test(after);
  const closing =
    before !== undefined && !notBeforeClosing.test(before) && (after === undefined || afterClosing.test(after));
  return opening === closing ? 'either' : opening ? 'opening' : 'closing';
}

/** How many of `sorted` (ascending) are less than `value`. */
function countBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The text with the double quotation marks that pair with no other, or
 * pair inside another quotation in the same marks, replaced by
 * {@link maskedMark}: offsets are kept. Curly marks pair by their shape
 * (`“` opens; `”` closes; `„` opens one that `“` or `”` closes, as German
 * writes them), straight ones by what stands on either side ({@link
 * straightFacing}). An opening mark never closed is masked when a
 * quotation is closed after it (it was a slip); the last one, with no
 * quotation closed after it, is kept: a quotation left open, as news style
 * writes one that goes on in the next paragraph.
 */
export function pairedQuotationMarks(text: string): string {
  if (!/["“”„]/.test(text)) return text;
  const masked = new Set<number>();
  for (const family of [/["]/g, /[“”„]/g]) {
    /** Opening marks not yet closed, innermost last. */
    const open: number[] = [];
    /** The opening mark of each closed pair, by its closing mark, and their nesting. */
    const pairs: { opening: number; closing: number; depth: number }[] = [];
    for (const { index: at, 0: mark } of text.matchAll(family)) {
      const top = open.at(-1);
      const facing: Facing =
        mark === '"'
          ? straightFacing(text, at)
          : mark === '”'
            ? 'closing'
            : mark === '“' && top !== undefined && text[top] === '„'
              ? 'closing'
              : 'opening';
      if (facing === 'opening' || (facing === 'either' && top === undefined)) open.push(at);
      else if (top === undefined) masked.add(at);
      else pairs.push({ opening: open.pop() as number, closing: at, depth: open.length });
    }
    // An opening mark never closed, with a quotation closed after it, was a slip: the quotations inside
    // it are quotations of their own. The last one never closed, with none closed after it, stays open.
    const lastClosed = pairs.reduce((last, pair) => Math.max(last, pair.closing), -1);
    open.forEach((at, index) => {
      if (at < lastClosed || index < open.length - 1) masked.add(at);
    });
    for (const pair of pairs) {
      // Nested under a closed pair, not only under slips: part of the outer quotation. The marks never
      // closed are in text order: those before the pair's opening are counted by a binary search.
      if (pair.depth > countBefore(open, pair.opening)) {
        masked.add(pair.opening);
        masked.add(pair.closing);
      }
    }
  }
  if (masked.size === 0) return text;
  const characters = text.split('');
  for (const at of masked) characters[at] = maskedMark;
  return characters.join('');
}
