import type { Block } from './parse-source.ts';

/**
 * Marks the headlines of other stories that a copied page brings along (a
 * sidebar, a "Most read" box): several short, title-like lines in a row, which
 * would otherwise read as a stack of subheadings. A run of subheadings becomes
 * `related` furniture when it follows a promotion heading (`Related stories`,
 * `Most read`), ends the article (nothing but furniture after it), or holds
 * three lines or more; the last line of a run of exactly two that a paragraph
 * follows stays a subheading, since it heads that paragraph. Returns new
 * blocks; the input is not changed. Limit: a real subheading directly under a
 * run of related headlines is taken for one of them.
 */
export function markRelatedHeadlines(blocks: readonly Block[]): Block[] {
  const marked = [...blocks];
  const lastText = marked.findLastIndex((block) => block.kind !== 'aside');
  let start = 0;
  while (start < marked.length) {
    if (marked[start]?.kind !== 'subheading') {
      start++;
      continue;
    }
    let end = start;
    while (marked[end]?.kind === 'subheading') end++;
    const before = marked[start - 1];
    const afterPromotion = before?.kind === 'aside' && before.aside === 'promotion';
    const atEnd = end > lastText;
    const length = end - start;
    if (afterPromotion || atEnd || length >= 3) markRun(marked, start, end);
    else if (length === 2) markRun(marked, start, end - 1);
    start = end;
  }
  return marked;
}

/** Marks blocks `start` to `end` (exclusive) as related headlines. */
function markRun(blocks: Block[], start: number, end: number): void {
  for (let index = start; index < end; index++) {
    const block = blocks[index];
    if (block) blocks[index] = { kind: 'aside', aside: 'related', text: block.text };
  }
}
