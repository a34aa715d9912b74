import { isHeadingLike } from './heading-like.ts';
import type { Block } from './parse-source.ts';

/**
 * Marks the page furniture that only its neighbours give away (the line rules
 * are `furnitureKind`'s), and returns new blocks; the input is not changed.
 *
 * - Related headlines: the headlines of other stories that a copied page brings
 *   along (a sidebar, a "Most read" box) are several short, title-like lines in
 *   a row, which would otherwise read as a stack of subheadings. A run of them
 *   becomes `related` when it follows a promotion heading (`Related stories`,
 *   `Most read`), ends the article (nothing but furniture after it; a short
 *   unpunctuated last line counts as title-like), or holds three lines or
 *   more; of a run of exactly two that text follows, the last stays a
 *   subheading, since it heads that text.
 * - Gallery captions: a title-like line right after a gallery counter (`2/3`)
 *   is that photo's `caption`.
 *
 * Limit: a real subheading directly under a run of related headlines is taken
 * for one of them.
 */
export function markContextFurniture(blocks: readonly Block[]): Block[] {
  const marked = [...blocks];
  const lastText = marked.findLastIndex((block) => block.kind !== 'aside');
  const titleLike = (index: number): boolean => {
    const block = marked[index];
    if (block?.kind === 'subheading') return true;
    return index === lastText && block?.kind === 'paragraph' && isHeadingLike(block.text);
  };
  let start = 0;
  while (start < marked.length) {
    const before = marked[start - 1];
    if (before?.kind === 'aside' && before.aside === 'gallery' && titleLike(start)) {
      setApart(marked, start, start + 1, 'caption');
      start++;
      continue;
    }
    if (!titleLike(start)) {
      start++;
      continue;
    }
    let end = start;
    while (titleLike(end)) end++;
    const afterPromotion = before?.kind === 'aside' && before.aside === 'promotion';
    const atEnd = end > lastText;
    const length = end - start;
    // A short last line alone is the article's own last line, not a list of other stories.
    const lastLineAlone = length === 1 && marked[start]?.kind === 'paragraph';
    if (lastLineAlone && !afterPromotion) {
      start = end;
      continue;
    }
    if (afterPromotion || atEnd || length >= 3) setApart(marked, start, end, 'related');
    else if (length === 2) setApart(marked, start, end - 1, 'related');
    start = end;
  }
  return marked;
}

/** Sets blocks `start` to `end` (exclusive) apart as furniture of one kind. */
function setApart(blocks: Block[], start: number, end: number, aside: 'related' | 'caption'): void {
  for (let index = start; index < end; index++) {
    const block = blocks[index];
    if (block) blocks[index] = { kind: 'aside', aside, text: block.text };
  }
}
